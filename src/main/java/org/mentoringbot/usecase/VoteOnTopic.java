package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;
import org.mentoringbot.core.topic.Vote;

/**
 * A member votes for an open topic of their own group, or takes their vote back by voting again.
 * Each member has {@link Vote#PER_MEMBER_AND_ROUND} votes in a round; a vote beyond that, or on a
 * topic of another group, is refused and nothing is stored.
 */
public final class VoteOnTopic {
    /** Which topic: a button carries its id, a typed command its number on the group's board. */
    public sealed interface Choice {
        record ById(long topicId) implements Choice {}

        record ByNumber(int number) implements Choice {}
    }

    /** What happened. */
    public sealed interface Result {}

    public record Voted(int number, int votesLeft) implements Result {}

    public record TakenBack(int number, int votesLeft) implements Result {}

    /** Every vote of the round is in use; {@code limit} is how many a member has. */
    public record NoVotesLeft(int limit) implements Result {}

    /** The topic was discussed or withdrawn: votes are for open topics only. */
    public record NotOpen(int number, Topic.Status status) implements Result {}

    /** No topic with that number on the group's board. */
    public record NoSuchNumber(int number) implements Result {}

    /** The id is of no topic on the voter's board: another group's, or none at all (said alike). */
    public record NotOnYourBoard() implements Result {}

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public VoteOnTopic(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result toggle(Actor actor, Choice choice) {
        return transactions.inTransaction(() -> {
            var access = boards.seat(actor);
            if (access instanceof Boards.Denied denied) {
                return new Refused(denied.why());
            }
            var place = (Boards.Place) access;
            var board = boards.numbered(place.group(), clock.instant());
            Optional<Boards.Numbered> found;
            if (choice instanceof Choice.ById byId) {
                found = board.stream().filter(n -> n.topic().id() == byId.topicId()).findFirst();
                if (found.isEmpty()) {
                    return new NotOnYourBoard();
                }
            } else {
                int number = ((Choice.ByNumber) choice).number();
                found = board.stream().filter(n -> n.number() == number).findFirst();
                if (found.isEmpty()) {
                    return new NoSuchNumber(number);
                }
            }
            if (!place.roundRunning()) {
                return new Refused(new BoardRefusal.RoundOver(place.round().number()));
            }
            Topic topic = found.get().topic();
            int number = found.get().number();
            if (topic.status() != Topic.Status.OPEN) {
                return new NotOpen(number, topic.status());
            }
            String userId = actor.person().userId();
            long roundId = place.round().id();
            var mine = topics.votesBy(roundId, userId);
            var onThis = mine.stream().filter(v -> v.topicId() == topic.id()).findFirst();
            if (onThis.isPresent()) {
                topics.remove(onThis.get());
                return new TakenBack(number, Vote.PER_MEMBER_AND_ROUND - (mine.size() - 1));
            }
            if (mine.size() >= Vote.PER_MEMBER_AND_ROUND) {
                return new NoVotesLeft(Vote.PER_MEMBER_AND_ROUND);
            }
            topics.add(new Vote(topic.id(), roundId, userId));
            return new Voted(number, Vote.PER_MEMBER_AND_ROUND - (mine.size() + 1));
        });
    }
}
