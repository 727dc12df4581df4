package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * The leader cancels a session that has not begun. It stays in the sessions table as cancelled
 * (reminders skip it, calendars remove it), and the open topics on its agenda go back to the
 * board for the next session.
 */
public final class CancelSession {
    /** What happened. */
    public sealed interface Result permits Cancelled, SessionProblem {}

    /** @param topicsBack how many agenda topics went back to the board */
    public record Cancelled(MentoringSession session, MentoringGroup group, int topicsBack, List<Person> members, Instant at)
            implements Result {
        public Cancelled {
            members = List.copyOf(members);
        }
    }

    private final SessionAccess access;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public CancelSession(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions, Topics topics,
            Transactions transactions, Clock clock) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result cancel(Actor actor, long sessionId) {
        return transactions.inTransaction(() -> {
            try {
                Instant now = clock.instant();
                var ground = access.ground(actor, SessionAccess.NOT_CLOSED);
                var led = access.sessionToLead(actor, ground, sessionId);
                MentoringSession session = led.session();
                if (session.isCancelled()) {
                    return new SessionProblem.AlreadyCancelled(sessionId);
                }
                if (!session.startsAt().isAfter(now)) {
                    return new SessionProblem.AlreadyStarted(sessionId, session.startsAt());
                }
                List<Topic> back = topics.ofGroup(led.group().id()).stream()
                        .filter(t -> session.id().equals(t.sessionId()) && t.status() == Topic.Status.OPEN).toList();
                session.cancel();
                back.forEach(t -> t.putOnAgendaOf(null));
                return new Cancelled(session, led.group(), back.size(), access.members(led.group(), actor.person().workspace()), now);
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }
}
