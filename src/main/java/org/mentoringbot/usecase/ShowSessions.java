package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * The sessions still to come (or under way): a member sees their group's, a leader those of the
 * groups they lead, the owner every group's. Agenda topics are shown only to the group itself and
 * its leader, never to an owner from outside the group.
 */
public final class ShowSessions {
    /** What happened. */
    public sealed interface Result permits Upcoming, SessionProblem {}

    /** A session and the texts of the topics on its agenda (empty when the reader may not see them). */
    public record UpcomingSession(MentoringSession session, List<String> agenda) {
        public UpcomingSession {
            agenda = List.copyOf(agenda);
        }
    }

    /** @param agendaVisible whether the reader is in or leads this group */
    public record GroupSessions(MentoringGroup group, boolean agendaVisible, List<UpcomingSession> sessions) {
        public GroupSessions {
            sessions = List.copyOf(sessions);
        }
    }

    public record Upcoming(List<GroupSessions> groups) implements Result {
        public Upcoming {
            groups = List.copyOf(groups);
        }
    }

    private final SessionAccess access;
    private final Groups groups;
    private final Sessions sessions;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public ShowSessions(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions, Topics topics,
            Transactions transactions, Clock clock) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.groups = groups;
        this.sessions = sessions;
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result upcoming(Actor actor) {
        return transactions.inTransaction(() -> {
            try {
                Instant now = clock.instant();
                var ground = access.ground(actor, SessionAccess.NOT_CLOSED);
                Map<Long, Boolean> readable = new LinkedHashMap<>(); // group id -> agenda visible
                access.seatedIn(actor, ground).ifPresent(g -> readable.put(g.id(), true));
                access.ledBy(actor, ground).forEach(g -> readable.put(g.id(), true));
                if (ground.owner()) {
                    groups.ofRound(ground.round().id()).forEach(g -> readable.putIfAbsent(g.id(), false));
                }
                if (readable.isEmpty()) {
                    return new SessionProblem.NotInAGroup();
                }
                List<GroupSessions> shown = new ArrayList<>();
                groups.ofRound(ground.round().id()).stream()
                        .filter(g -> readable.containsKey(g.id()))
                        .sorted(Comparator.comparing((MentoringGroup g) -> !readable.get(g.id())).thenComparingInt(MentoringGroup::number))
                        .forEach(g -> shown.add(sessionsOf(g, readable.get(g.id()), now)));
                return new Upcoming(shown);
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }

    private GroupSessions sessionsOf(MentoringGroup group, boolean agendaVisible, Instant now) {
        List<Topic> board = agendaVisible ? topics.ofGroup(group.id()) : List.of();
        List<UpcomingSession> upcoming = sessions.ofGroup(group.id()).stream()
                .filter(s -> !s.isCancelled() && s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(MentoringSession::startsAt))
                .map(s -> new UpcomingSession(s, board.stream()
                        .filter(t -> s.id().equals(t.sessionId()) && t.status() != Topic.Status.WITHDRAWN)
                        .map(Topic::text).toList()))
                .toList();
        return new GroupSessions(group, agendaVisible, upcoming);
    }
}
