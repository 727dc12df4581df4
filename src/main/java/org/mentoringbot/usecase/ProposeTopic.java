package org.mentoringbot.usecase;

import java.time.Clock;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * A member puts a challenge they want to talk about on their group's board, named or anonymous.
 * The text is stored as given (already cleaned by the chat layer): a text that is empty or too long
 * is refused, never cut.
 */
public final class ProposeTopic {
    /** What happened. */
    public sealed interface Result {}

    /**
     * @param number the topic's number on the group's board
     * @param openTopics how many topics are open on the board now, this one included
     */
    public record Proposed(MentoringGroup group, int number, boolean anonymous, int openTopics) implements Result {}

    public record Empty() implements Result {}

    /** @param length the text's length in characters (code points), @param maxLength the most allowed */
    public record TooLong(int length, int maxLength) implements Result {}

    public record Refused(BoardRefusal why) implements Result {}

    private final Boards boards;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public ProposeTopic(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions, Transactions transactions, Clock clock) {
        this.boards = new Boards(programs, rounds, memberships, leaders, groups, topics, sessions);
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result propose(Actor actor, String text, boolean anonymous) {
        String topicText = text == null ? "" : text.strip();
        return transactions.inTransaction(() -> {
            var access = boards.seat(actor);
            if (access instanceof Boards.Denied denied) {
                return new Refused(denied.why());
            }
            var place = (Boards.Place) access;
            if (!place.roundRunning()) {
                return new Refused(new BoardRefusal.RoundOver(place.round().number()));
            }
            if (topicText.isEmpty()) {
                return new Empty();
            }
            int length = topicText.codePointCount(0, topicText.length());
            if (length > Topic.MAX_TEXT_LENGTH) {
                return new TooLong(length, Topic.MAX_TEXT_LENGTH);
            }
            Topic topic = topics.add(new Topic(place.group().id(), place.round().id(), actor.person().userId(), anonymous,
                    topicText, clock.instant()));
            var board = boards.numbered(place.group(), clock.instant());
            int number = board.stream().filter(n -> n.topic().id().equals(topic.id())).findFirst().orElseThrow().number();
            int open = (int) board.stream().filter(n -> n.topic().status() == Topic.Status.OPEN).count();
            return new Proposed(place.group(), number, anonymous, open);
        });
    }
}
