package org.mentoringbot.usecase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.session.MentoringSession;

/**
 * Why a session use case did nothing: who may not, what does not exist, or what is wrong with the
 * time, place or agenda asked for. Shared by every session use case, so the chat layer words each
 * reason once. Nothing is stored when one of these comes back.
 */
public sealed interface SessionProblem extends ShowScheduleForm.Result, ScheduleSession.Result, RescheduleSession.Result,
        CancelSession.Result, ShowSessions.Result, TakeAttendance.Result {

    record NoProgram() implements SessionProblem {}

    /** No round is under way (none yet, or the last one is closed). */
    record NoRoundUnderWay() implements SessionProblem {}

    /** The actor leads no group and is not the program's owner. */
    record NotLeader() implements SessionProblem {}

    /** The group has another leader, and the actor is not the owner. */
    record NotTheirGroup(int groupNumber) implements SessionProblem {}

    record NoSuchGroup(int groupNumber) implements SessionProblem {}

    /** The actor may lead several groups and did not say which. */
    record ChooseGroup(List<Integer> groupNumbers) implements SessionProblem {
        public ChooseGroup {
            groupNumbers = List.copyOf(groupNumbers);
        }
    }

    /** The owner asked, but the round has no groups yet. */
    record NoGroupsYet() implements SessionProblem {}

    /** The group or session belongs to an earlier round of the program (a stale form or button). */
    record AnotherRound() implements SessionProblem {}

    /** The actor is neither in a group of the round, nor leads one, nor owns the program. */
    record NotInAGroup() implements SessionProblem {}

    /** No session with this number that the actor's program knows. */
    record NoSuchSession(long sessionId) implements SessionProblem {}

    record AlreadyCancelled(long sessionId) implements SessionProblem {}

    /** The session has begun: it can no longer be moved or cancelled. */
    record AlreadyStarted(long sessionId, Instant start) implements SessionProblem {}

    /** Attendance is taken once a session has begun. */
    record NotStartedYet(long sessionId, Instant start) implements SessionProblem {}

    /**
     * The time never shows on a clock that day (clocks jump forward).
     *
     * @param clocksJumpTo the wall-clock time the clocks jump to, e.g. 03:00
     * @param suggested the asked time moved on by the jump, e.g. 03:30, for the user to confirm
     */
    record TimeInGap(MentoringGroup group, LocalDate date, LocalTime time, ZoneId zone, LocalTime clocksJumpTo, Instant suggested)
            implements SessionProblem {}

    /** The time shows twice that day (clocks go back): {@code earlier} on summer time, {@code later} on winter time. */
    record TimeAmbiguous(MentoringGroup group, LocalDate date, LocalTime time, ZoneId zone, Instant earlier, Instant later)
            implements SessionProblem {}

    record InPast(Instant start) implements SessionProblem {}

    record BadLength(Duration asked, Duration shortest, Duration longest) implements SessionProblem {}

    record PlaceTooLong(int maxLength) implements SessionProblem {}

    /**
     * The leader is busy then: {@code other} is a session of their group {@code groupNumber}
     * (the same group, or another group they lead).
     */
    record Overlaps(MentoringSession other, int groupNumber, boolean sameGroup) implements SessionProblem {}

    /** Topics that are not open topics of this group's board, or not the actor's to see. */
    record AgendaNotOpen(List<Long> topicIds) implements SessionProblem {
        public AgendaNotOpen {
            topicIds = List.copyOf(topicIds);
        }
    }

    /** People named for attendance who are not in the session's group (user ids). */
    record NotInGroup(int groupNumber, List<String> userIds) implements SessionProblem {
        public NotInGroup {
            userIds = List.copyOf(userIds);
        }
    }

    /** The same people named both absent and present (user ids). */
    record MarkedBoth(List<String> userIds) implements SessionProblem {
        public MarkedBoth {
            userIds = List.copyOf(userIds);
        }
    }
}
