package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * The group's leader sets the agenda of the group's next session: exactly the topics named, by
 * their numbers on the board (an empty list clears it). Topics taken off stay open on the board; a
 * discussed topic named again is put back. Only the group's own leader may do this: not the owner,
 * who never sees a group's topics.
 */
public final class SetAgenda {
    /** What happened. */
    public sealed interface Result {}

    /** @param reopened numbers of discussed topics that were put back on the board for this agenda */
    public record AgendaSet(MentoringGroup group, MentoringSession session, List<AgendaItem> items, List<Integer> reopened)
            implements Result {
        public AgendaSet {
            items = List.copyOf(items);
            reopened = List.copyOf(reopened);
        }
    }

    /** The group has no session coming up to set an agenda for. */
    public record NoSession(int groupNumber) implements Result {}

    public record NotTheLeader() implements Result {}

    /** Numbers that are on no topic of the board; nothing was changed. */
    public record NoSuchNumbers(List<Integer> numbers) implements Result {
        public NoSuchNumbers {
            numbers = List.copyOf(numbers);
        }
    }

    /** Numbers of topics their authors withdrew; nothing was changed. */
    public record WithdrawnTopics(List<Integer> numbers) implements Result {
        public WithdrawnTopics {
            numbers = List.copyOf(numbers);
        }
    }

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Transactions transactions;
    private final Clock clock;

    public SetAgenda(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param numbers the topics' numbers on the board; repeats are ignored, and the agenda lists them in board order
     * @param groupNumber which group, for a leader of several; null for their only one
     */
    public Result set(Actor actor, List<Integer> numbers, Integer groupNumber) {
        List<Integer> wanted = List.copyOf(new LinkedHashSet<>(numbers));
        return transactions.inTransaction(() -> {
            var access = boards.find(actor, groupNumber);
            if (access instanceof Boards.Denied denied) {
                return new Refused(denied.why());
            }
            var place = (Boards.Place) access;
            if (!place.leader()) {
                return new NotTheLeader();
            }
            if (!place.roundRunning()) {
                return new Refused(new BoardRefusal.RoundOver(place.round().number()));
            }
            MentoringGroup group = place.group();
            var next = boards.nextSession(group, clock.instant());
            if (next.isEmpty()) {
                return new NoSession(group.number());
            }
            List<Boards.Numbered> board = boards.numbered(group, clock.instant());
            Map<Integer, Topic> byNumber = board.stream().collect(Collectors.toMap(Boards.Numbered::number, Boards.Numbered::topic));
            List<Integer> unknown = wanted.stream().filter(n -> !byNumber.containsKey(n)).toList();
            if (!unknown.isEmpty()) {
                return new NoSuchNumbers(unknown);
            }
            List<Integer> withdrawn = wanted.stream().filter(n -> byNumber.get(n).status() == Topic.Status.WITHDRAWN).toList();
            if (!withdrawn.isEmpty()) {
                return new WithdrawnTopics(withdrawn);
            }
            long sessionId = next.get().id();
            for (Boards.Numbered numbered : board) {
                Topic topic = numbered.topic();
                if (topic.status() == Topic.Status.OPEN && Long.valueOf(sessionId).equals(topic.sessionId())
                        && !wanted.contains(numbered.number())) {
                    topic.putOnAgendaOf(null); // taken off the agenda, still on the board
                }
            }
            List<Integer> reopened = new ArrayList<>();
            List<AgendaItem> items = new ArrayList<>();
            for (int number : wanted.stream().sorted().toList()) {
                Topic topic = byNumber.get(number);
                if (topic.status() == Topic.Status.DISCUSSED) {
                    topic.reopen();
                    reopened.add(number);
                }
                topic.putOnAgendaOf(sessionId);
                items.add(new AgendaItem(number, topic.text()));
            }
            return new AgendaSet(group, next.get(), items, reopened);
        });
    }
}
