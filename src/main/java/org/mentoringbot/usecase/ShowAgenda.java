package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/** The agenda of the group's next session, for its members and leader. */
public final class ShowAgenda {
    /** What the asker may see. */
    public sealed interface Result {}

    /**
     * @param session the next session, empty when none is scheduled
     * @param items its agenda in board order, empty when none is set
     * @param leader the asker leads the group (and may set the agenda)
     */
    public record Agenda(MentoringGroup group, Optional<MentoringSession> session, List<AgendaItem> items, boolean leader)
            implements Result {
        public Agenda {
            items = List.copyOf(items);
        }
    }

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Transactions transactions;
    private final Clock clock;

    public ShowAgenda(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param groupNumber which group, for a leader of several; null for the asker's own */
    public Result show(Actor actor, Integer groupNumber) {
        return transactions.inTransaction(() -> {
            var access = boards.find(actor, groupNumber);
            if (access instanceof Boards.Denied denied) {
                return new Refused(denied.why());
            }
            var place = (Boards.Place) access;
            MentoringGroup group = place.group();
            var board = boards.numbered(group, clock.instant());
            var next = boards.nextSession(group, clock.instant());
            List<AgendaItem> items = next.map(session -> board.stream()
                    .filter(n -> n.topic().status() == Topic.Status.OPEN && session.id().equals(n.topic().sessionId()))
                    .map(n -> new AgendaItem(n.number(), n.topic().text())).toList()).orElse(List.of());
            return new Agenda(group, next, items, place.leader());
        });
    }
}
