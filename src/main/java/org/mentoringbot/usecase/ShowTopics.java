package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.GroupSeat;
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
import org.mentoringbot.core.topic.Vote;

/**
 * A group's open topics, as its members and leader see them: text, votes, whether on the agenda,
 * and the author's name only when the topic is not anonymous. Nobody outside the group gets a board.
 */
public final class ShowTopics {
    /** What the asker may see. */
    public sealed interface Result {}

    /**
     * One open topic.
     *
     * @param anonymous its author asked not to be named
     * @param authorName empty for an anonymous topic (for everyone, the leader too) and once the author left the group
     * @param mine the asker proposed it (shown to the asker alone, so they can withdraw it)
     * @param votedByMe the asker's vote is on it
     */
    public record BoardTopic(long id, int number, String text, int votes, boolean onAgenda, boolean anonymous,
            Optional<String> authorName, boolean mine, boolean votedByMe) {}

    /**
     * @param member the asker sits in the group and may vote; false for a leader outside it
     * @param votesLeft the asker's votes left in this round (0 when not a member)
     * @param nextSession the session the next agenda is for, when one is scheduled
     * @param roundRunning false once the round is over: the board is then read-only
     */
    public record Board(MentoringGroup group, List<BoardTopic> topics, boolean member, boolean leader, int votesLeft,
            Optional<MentoringSession> nextSession, boolean roundRunning) implements Result {
        public Board {
            topics = List.copyOf(topics);
        }
    }

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Groups groups;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public ShowTopics(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.groups = groups;
        this.topics = topics;
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
            String userId = actor.person().userId();
            MentoringGroup group = place.group();
            List<GroupSeat> seats = groups.seatsOfRound(place.round().id());
            List<Vote> mine = topics.votesBy(place.round().id(), userId);
            Set<Long> votedFor = mine.stream().map(Vote::topicId).collect(Collectors.toSet());
            List<BoardTopic> open = new ArrayList<>();
            for (Boards.Numbered numbered : boards.numbered(group, clock.instant())) {
                Topic topic = numbered.topic();
                if (topic.status() != Topic.Status.OPEN) {
                    continue;
                }
                open.add(new BoardTopic(topic.id(), numbered.number(), topic.text(), topics.votesFor(topic.id()).size(),
                        topic.sessionId() != null, topic.anonymous(), Boards.authorName(topic, group, seats),
                        topic.authorUserId().equals(userId), votedFor.contains(topic.id())));
            }
            int votesLeft = place.member() ? Math.max(0, Vote.PER_MEMBER_AND_ROUND - mine.size()) : 0;
            return new Board(group, open, place.member(), place.leader(), votesLeft,
                    boards.nextSession(group, clock.instant()), place.roundRunning());
        });
    }
}
