package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/**
 * The leader records who came to a session that has begun: everyone, unless marked absent. With no
 * one named it only shows the record. The record is the group's own: its leader sees each person,
 * while the program's owner, who may mark for a leader, sees only how many came.
 */
public final class TakeAttendance {
    /** What happened. */
    public sealed interface Result permits Roster, Tally, SessionProblem {}

    /** One member and whether they came. */
    public record Entry(String userId, String displayName, boolean present) {}

    /** The record as the group's leader sees it, member by member in the order they were seated. */
    public record Roster(MentoringSession session, MentoringGroup group, List<Entry> entries, int changed) implements Result {
        public Roster {
            entries = List.copyOf(entries);
        }

        public long present() {
            return entries.stream().filter(Entry::present).count();
        }
    }

    /** The record as an owner from outside the group sees it: counts only. */
    public record Tally(MentoringSession session, MentoringGroup group, long present, int total, int changed) implements Result {}

    private final SessionAccess access;
    private final Sessions sessions;
    private final Transactions transactions;
    private final Clock clock;

    public TakeAttendance(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions,
            Transactions transactions, Clock clock) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Marks the named members absent or present and returns the record; with nobody named, only
     * returns it.
     */
    public Result attendance(Actor actor, long sessionId, Set<String> absent, Set<String> present) {
        return transactions.inTransaction(() -> {
            try {
                var ground = access.ground(actor, SessionAccess.NOT_CLOSED);
                var led = access.sessionToLead(actor, ground, sessionId);
                MentoringSession session = led.session();
                MentoringGroup group = led.group();
                if (session.isCancelled()) {
                    return new SessionProblem.AlreadyCancelled(sessionId);
                }
                if (session.startsAt().isAfter(clock.instant())) {
                    return new SessionProblem.NotStartedYet(sessionId, session.startsAt());
                }
                List<String> both = absent.stream().filter(present::contains).toList();
                if (!both.isEmpty()) {
                    return new SessionProblem.MarkedBoth(both);
                }
                Map<String, String> roster = new LinkedHashMap<>();
                access.seats(group).forEach(seat -> roster.put(seat.userId(), seat.displayName()));
                List<String> strangers = new ArrayList<>();
                for (String userId : new LinkedHashSet<>(concat(absent, present))) {
                    if (!roster.containsKey(userId)) {
                        strangers.add(userId);
                    }
                }
                if (!strangers.isEmpty()) {
                    return new SessionProblem.NotInGroup(group.number(), strangers);
                }

                absent.forEach(userId -> sessions.mark(new Attendance(session.id(), userId, false)));
                present.forEach(userId -> sessions.mark(new Attendance(session.id(), userId, true)));
                Map<String, Boolean> marks = new HashMap<>();
                sessions.attendanceOf(session.id()).forEach(a -> marks.put(a.userId(), a.present()));
                List<Entry> entries = new ArrayList<>();
                roster.forEach((userId, name) -> entries.add(new Entry(userId, name, marks.getOrDefault(userId, true))));
                int changed = absent.size() + present.size();
                if (!SessionAccess.leads(actor, group)) {
                    long came = entries.stream().filter(Entry::present).count();
                    return new Tally(session, group, came, entries.size(), changed);
                }
                return new Roster(session, group, entries, changed);
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
