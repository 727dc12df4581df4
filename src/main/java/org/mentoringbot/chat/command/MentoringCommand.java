package org.mentoringbot.chat.command;

import java.time.LocalDate;
import java.util.List;
import org.mentoringbot.usecase.ReflectionOccasion;

/**
 * What a user asked for, whatever platform and whichever way (typed text, a button, a form) they
 * asked. Adapters never look at command words themselves: they hand text to {@link CommandParser}.
 */
public sealed interface MentoringCommand {
    record Help() implements MentoringCommand {}

    record SetUp(String programName) implements MentoringCommand {}

    /** @param roleKind teacher, special-educator or assistant when said, else null */
    record Join(String roleKind) implements MentoringCommand {
        public Join() {
            this(null);
        }
    }

    record Leave() implements MentoringCommand {}

    record Status() implements MentoringCommand {}

    record Home() implements MentoringCommand {}

    record Pause(LocalDate until) implements MentoringCommand {}

    record Resume() implements MentoringCommand {}

    record ListLeaders() implements MentoringCommand {}

    record AddLeaders(List<PersonRef> people) implements MentoringCommand {}

    record RemoveLeader(PersonRef person) implements MentoringCommand {}

    /** @param name the round's name or null; @param endsOn its planned last day or null */
    record OpenRound(String name, LocalDate endsOn) implements MentoringCommand {}

    record CloseRound() implements MentoringCommand {}

    /** Null fields are left as they are; with all null the settings are shown. */
    record RoundSettings(Integer groupSize, Integer capacity, boolean removeCapacity) implements MentoringCommand {}

    record Exclude(PersonRef one, PersonRef other) implements MentoringCommand {}

    /** Open the group editor where the platform has one (a Slack modal), else show the proposal. */
    record EditGroups() implements MentoringCommand {}

    record ProposeGroups() implements MentoringCommand {}

    record AcceptGroups() implements MentoringCommand {}

    /** Groups as a leader saved them in the editor: leader and member user ids per group. */
    record FormGroups(List<GroupDraft> groups) implements MentoringCommand {}

    record GroupDraft(String leaderUserId, List<String> memberUserIds) {}

    /** A leader takes a late joiner into their group (a button on the offer). */
    record SeatMember(long groupId, String userId) implements MentoringCommand {}

    /** Open the reflection form (a Slack modal) for an occasion, or for the one due now. */
    record OpenReflection(ReflectionOccasion occasion) implements MentoringCommand {}

    /** A reflection as typed or submitted: scale values as given (checked by the use case), note or null. */
    record Reflect(ReflectionOccasion occasion, int mastery, int safety, String note) implements MentoringCommand {
        /** The note is private: a command that ends up in a log or an error message must not carry it there. */
        @Override
        public String toString() {
            return "Reflect[occasion=" + occasion + ", mastery=" + mastery + ", safety=" + safety + ", note="
                    + (note == null ? "none" : "(private)") + "]";
        }
    }

    /** The member's own reflections of this round. */
    record ListReflections() implements MentoringCommand {}

    /** The round summary; with {@code preview} exactly what the owner would see, shown only to the caller. */
    record Summary(boolean preview) implements MentoringCommand {}

    /** Everything stored about the caller, sent to them privately. */
    record ExportMyData() implements MentoringCommand {}

    /** Erase the caller everywhere; without {@code confirmed} they are asked first. */
    record ForgetMe(boolean confirmed) implements MentoringCommand {}

    /** A known command with arguments we could not read; key and args say what was wrong. */
    record Invalid(String key, List<Object> args) implements MentoringCommand {}

    /** Text we did not understand, cleaned and shortened for showing back to the user. */
    record Unknown(String text) implements MentoringCommand {}
}
