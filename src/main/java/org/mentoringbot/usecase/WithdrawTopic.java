package org.mentoringbot.usecase;

import java.time.Clock;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * The author takes their own open topic off the board (and off any agenda); nobody else can.
 * Votes on it go back to those who gave them.
 */
public final class WithdrawTopic {
    /** What happened. */
    public sealed interface Result {}

    public record Withdrawn(int number) implements Result {}

    /** Someone else's topic; who proposed it is not said. */
    public record NotYours(int number) implements Result {}

    public record NotOpen(int number, Topic.Status status) implements Result {}

    public record NoSuchNumber(int number) implements Result {}

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public WithdrawTopic(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result withdraw(Actor actor, int number) {
        return transactions.inTransaction(() -> {
            var access = boards.seat(actor);
            if (access instanceof Boards.Denied denied) {
                return new Refused(denied.why());
            }
            var place = (Boards.Place) access;
            var found = boards.numbered(place.group(), clock.instant()).stream().filter(n -> n.number() == number).findFirst();
            if (found.isEmpty()) {
                return new NoSuchNumber(number);
            }
            Topic topic = found.get().topic();
            if (!topic.authorUserId().equals(actor.person().userId())) {
                return new NotYours(number);
            }
            if (topic.status() != Topic.Status.OPEN) {
                return new NotOpen(number, topic.status());
            }
            topic.withdraw();
            topics.votesFor(topic.id()).forEach(topics::remove);
            return new Withdrawn(number);
        });
    }
}
