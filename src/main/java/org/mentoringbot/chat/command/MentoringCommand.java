package org.mentoringbot.chat.command;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    /** Reminders off ({@code muted}) or on again. */
    record MuteReminders(boolean muted) implements MentoringCommand {}

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

    /** Open the form for planning a session (a Slack modal); {@code groupNumber} when the leader said which group. */
    record ScheduleForm(Integer groupNumber) implements MentoringCommand {}

    /**
     * Plan a session, typed, from the form, or from a button that answered a question about the time.
     *
     * @param groupId the group picked in the form or fixed by a button, else null
     * @param groupNumber the group as typed ({@code schedule group 2 ...}), else null
     * @param offset a UTC offset typed or fixed by a button ({@code 02:30+02:00}), else null: the time is read in the user's zone
     * @param zone the time zone the form showed the time in, else null for the user's own
     * @param length null when not said
     * @param topicIds open topics of the group to put on the agenda
     * @param viaForm true when it came from the form, so problems can be shown next to its fields
     */
    record Schedule(Long groupId, Integer groupNumber, LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone,
            Duration length, String place, List<Long> topicIds, boolean viaForm) implements MentoringCommand {
        public Schedule {
            topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
        }
    }

    /** Move session {@code sessionId}; a null length or place keeps the session's own. */
    record Reschedule(long sessionId, LocalDate date, LocalTime time, ZoneOffset offset, Duration length, String place)
            implements MentoringCommand {}

    record CancelSession(long sessionId) implements MentoringCommand {}

    record ListSessions() implements MentoringCommand {}

    /** Show who came to a session, after marking the people named absent or present. */
    record Attendance(long sessionId, List<PersonRef> absent, List<PersonRef> present) implements MentoringCommand {
        public Attendance {
            absent = List.copyOf(absent);
            present = List.copyOf(present);
        }
    }

    /** A known command with arguments we could not read; key and args say what was wrong. */
    record Invalid(String key, List<Object> args) implements MentoringCommand {}

    /** Text we did not understand, cleaned and shortened for showing back to the user. */
    record Unknown(String text) implements MentoringCommand {}

    /** A member puts a topic on their group's board; {@code anonymous} hides who, even from the group. */
    record ProposeTopic(String text, boolean anonymous) implements MentoringCommand {}

    /** The group's board; {@code groupNumber} picks one of several groups a leader leads, else null. */
    record ShowTopics(Integer groupNumber) implements MentoringCommand {}

    /** A vote button, carrying the topic's id: voting again takes the vote back. */
    record VoteTopic(long topicId) implements MentoringCommand {}

    /** A vote typed with the topic's number on the board: voting again takes the vote back. */
    record VoteTopicNumber(int number) implements MentoringCommand {}

    /** The author takes their own topic off the board. */
    record WithdrawTopic(int number) implements MentoringCommand {}

    /** The agenda of the group's next session; {@code groupNumber} as for {@link ShowTopics}. */
    record ShowAgenda(Integer groupNumber) implements MentoringCommand {}

    /** The leader sets the next session's agenda to exactly these topic numbers; none clears it. */
    record SetAgenda(List<Integer> numbers, Integer groupNumber) implements MentoringCommand {
        public SetAgenda {
            numbers = List.copyOf(numbers);
        }
    }
}
