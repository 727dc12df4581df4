package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.InMemoryStore;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.TestPeople;

/** What a new user read, in English and Norwegian, where the bot's words did not fit the situation. */
class WordingAFirstUserNoticedTest {
    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv");
    private static final Person PER = new Person(SCHOOL, "U0PER", "Per");

    private final InMemoryStore store = new InMemoryStore();
    private final People people = TestPeople.everyoneExists();
    private final CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(people),
            new ChatPorts(people, mock(ChatSender.class), mock(GroupSpaces.class), mock(ChatFiles.class), Runnable::run));
    private final CommandParser parser = new CommandParser();

    @ParameterizedTest
    @ValueSource(strings = {"pause until 2026-12-01", "resume", "mute reminders", "unmute reminders"})
    void someoneNotInTheRoundIsToldSoNotThatThereIsNothingToLeave(String command) {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals("You are not in the current round.", say(KARI, command));
        assertEquals("Du er ikke med i runden som pågår.", say(KARI, command, NB));
    }

    @Test
    void resumingWithoutABreakSaysThereIsNoBreakAndABreakEndsWithWelcomeBack() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        assertEquals("You are not on a break, so messages from the bot already reach you.", say(KARI, "resume"));
        assertEquals("Du har ikke pause, så du får allerede meldinger fra boten.", say(KARI, "resume", NB));
        say(KARI, "pause until 2026-12-01");
        assertTrue(say(KARI, "resume").startsWith("Welcome back"));
        assertTrue(say(KARI, "resume").startsWith("You are not on a break"), "the break is over");
    }

    @Test
    void openingARoundWhileTheLastIsStillOpenSaysStillOpen() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals("Round 1 is still open. Close it first with: round close", say(PRINCIPAL, "round open"));
        assertEquals("Runde 1 er fortsatt åpen. Avslutt den først med: round close", say(PRINCIPAL, "round open", NB));
    }

    @Test
    void closingARoundNobodyJoinedInvitesNobody() {
        say(PRINCIPAL, "setup Lindeskolen");

        String closed = say(PRINCIPAL, "round close");

        assertEquals("Round 1 is closed and is now being evaluated. There was nobody to invite to an end-of-round reflection.", closed);
    }

    @Test
    void closingARoundWithMembersSaysTheyAreInvited() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        assertTrue(say(PRINCIPAL, "round close").contains("members are invited to their end-of-round reflection"));
    }

    @Test
    void aLimitBelowThoseAlreadyInIsSingularAndSaysNobodyIsRemoved() {
        say(PRINCIPAL, "setup Lindeskolen");
        for (Person person : new Person[] {KARI, OLA, LIV}) {
            say(person, "join");
        }

        String english = say(PRINCIPAL, "round settings max 1");

        assertEquals("Round 1: groups of about 5, at most 1 participant. 3 in, 0 waiting. That is more than the limit: "
                + "nobody is removed, and new joiners go on the waiting list.", english);
        assertTrue(say(PRINCIPAL, "round settings", NB).contains("høyst 1 deltaker. 3 med"));
        assertTrue(say(PER, "join").contains("waiting list"), "a newcomer waits");
        assertTrue(say(PRINCIPAL, "round settings").contains("3 in, 1 waiting"), "nobody was removed");
    }

    @Test
    void aLimitAboveThoseInNeedsNoNote() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        assertEquals("Round 1: groups of about 5, at most 3 participants. 1 in, 0 waiting.", say(PRINCIPAL, "round settings max 3"));
        assertEquals("Round 1: groups of about 5, no limit on participants. 1 in, 0 waiting.", say(PRINCIPAL, "round settings max none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size -1", "size 2147483647", "size 99999999999999999999", "size 0", "size 13"})
    void aGroupSizeOutOfRangeSaysTheRange(String setting) {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals("Groups must have between 3 and 12 people.", say(PRINCIPAL, "round settings " + setting));
        assertTrue(say(PRINCIPAL, "round settings").contains("groups of about 5"), "nothing changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"max 0", "max -3", "max 100001", "max 99999999999"})
    void aLimitOutOfRangeSaysTheRange(String setting) {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals("The limit must be a whole number from 1 to 100,000 (or none).", say(PRINCIPAL, "round settings " + setting));
        assertTrue(say(PRINCIPAL, "round settings").contains("no limit on participants"), "nothing changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"size 4 size 5", "max 3 max none", "max none max 3"})
    void aSettingGivenTwiceIsRefusedNotSilentlyTheLastTaken(String settings) {
        say(PRINCIPAL, "setup Lindeskolen");

        String word = settings.split(" ")[0];
        assertEquals("Say " + word + " only once, for example: round settings size 5 max 30", say(PRINCIPAL, "round settings " + settings));
        assertEquals("Round 1: groups of about 5, no limit on participants. 0 in, 0 waiting.", say(PRINCIPAL, "round settings"));
    }

    @Test
    void norwegianHasNoDoubledWords() throws IOException {
        Properties norwegian = new Properties();
        try (var in = getClass().getResourceAsStream("/messages_nb.properties")) {
            norwegian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern doubled = Pattern.compile("(?iU)\\b(\\p{L}+) \\1\\b");
        norwegian.forEach((key, value) -> {
            Matcher m = doubled.matcher(value.toString());
            assertFalse(m.find(), () -> key + " says \"" + m.group() + "\"");
        });
        assertEquals("Mentorprogrammet Lindeskolen er satt opp, og runde 1 er åpen. Kolleger kan nå bli med ved å skrive join.",
                say(PRINCIPAL, "setup Lindeskolen", NB));
    }

    private String say(Person person, String typed) {
        return say(person, typed, Locale.ENGLISH);
    }

    private String say(Person person, String typed, Locale locale) {
        var reply = dispatcher.handle(new Requester(person, locale, null), parser.parse(typed));
        String text = reply.accept(new PlainText(Messages.in(locale)));
        return text.replaceFirst("( \\[[^\\]]*\\])+$", ""); // without the buttons' labels
    }
}
