package org.mentoringbot.chat.command;

/**
 * What a user asked for, whatever platform and whichever way (typed text or a button) they asked.
 * Adapters never look at command words themselves: they hand text to {@link CommandParser}.
 */
public sealed interface MentoringCommand {
    record Help() implements MentoringCommand {}

    record SetUp(String programName) implements MentoringCommand {}

    record Join() implements MentoringCommand {}

    record Leave() implements MentoringCommand {}

    record Status() implements MentoringCommand {}

    /** Text we did not understand, cleaned and shortened for showing back to the user. */
    record Unknown(String text) implements MentoringCommand {}
}
