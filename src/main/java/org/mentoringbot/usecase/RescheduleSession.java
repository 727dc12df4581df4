package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/**
 * The leader moves a session that has not begun to another time (and, if they say, another length
 * or place). The session keeps its number and calendar UID; its calendar sequence goes up, so
 * calendars move the event they already have.
 */
public final class RescheduleSession {
    /** What happened. */
    public sealed interface Result permits Rescheduled, SessionProblem {}

    /**
     * The new time, read like {@link ScheduleSession.Request}'s.
     *
     * @param length null to keep the session's length
     * @param place null to keep the session's place
     */
    public record Change(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone, Duration length, String place) {
        public Change {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }
    }

    /** The session is moved; {@code previousStart} is where it was. */
    public record Rescheduled(MentoringSession session, MentoringGroup group, Instant previousStart, List<Person> members,
            Instant at) implements Result {
        public Rescheduled {
            members = List.copyOf(members);
        }
    }

    private final SessionAccess access;
    private final Groups groups;
    private final Sessions sessions;
    private final Transactions transactions;
    private final Clock clock;

    public RescheduleSession(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions,
            Transactions transactions, Clock clock) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.groups = groups;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result reschedule(Actor actor, long sessionId, Change change) {
        return transactions.inTransaction(() -> {
            try {
                return rescheduleChecked(actor, sessionId, change);
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }

    private Result rescheduleChecked(Actor actor, long sessionId, Change change) {
        Instant now = clock.instant();
        var ground = access.ground(actor, SessionAccess.MEETING);
        var led = access.sessionToLead(actor, ground, sessionId);
        MentoringSession session = led.session();
        MentoringGroup group = led.group();
        if (session.isCancelled()) {
            return new SessionProblem.AlreadyCancelled(sessionId);
        }
        if (!session.startsAt().isAfter(now)) {
            return new SessionProblem.AlreadyStarted(sessionId, session.startsAt());
        }
        Duration length = change.length() == null ? Duration.between(session.startsAt(), session.endsAt()) : change.length();
        SessionSlot.checkLength(length);
        String place = change.place() == null ? session.place() : SessionSlot.place(change.place());
        Instant start = SessionSlot.start(group, new SessionSlot.Wanted(change.date(), change.time(), change.offset(), change.zone()), now);
        Instant end = start.plus(length);
        List<MentoringGroup> leadersGroups = groups.ofRound(ground.round().id()).stream()
                .filter(g -> g.leaderUserId().equals(group.leaderUserId())).toList();
        List<MentoringSession> theirSessions = new ArrayList<>();
        leadersGroups.forEach(g -> theirSessions.addAll(sessions.ofGroup(g.id())));
        SessionSlot.checkFree(leadersGroups, group, theirSessions, start, end, session);

        Instant previousStart = session.startsAt();
        session.reschedule(start, end, place);
        return new Rescheduled(session, group, previousStart, access.members(group, actor.person().workspace()), now);
    }
}
