package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.TopicCount;
import org.mentoringbot.core.topic.Topics;
import org.mentoringbot.core.topic.Vote;

/** Topics and votes in lists, with the database's order and its one-vote-per-topic-and-person key. */
public final class InMemoryTopics implements Topics {
    private final InMemoryTransactions transactions;
    private final List<Topic> topics = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private long lastId;

    public InMemoryTopics(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Topic add(Topic topic) {
        transactions.requireActive();
        topics.add(Entities.withId(topic, ++lastId));
        return topic;
    }

    @Override
    public synchronized Optional<Topic> byId(long topicId) {
        transactions.requireActive();
        return topics.stream().filter(t -> t.id() == topicId).findFirst();
    }

    @Override
    public synchronized List<Topic> ofGroup(long groupId) {
        transactions.requireActive();
        return topics.stream().filter(t -> t.groupId() == groupId)
                .sorted(Comparator.comparing(Topic::createdAt).thenComparing(Topic::id)).toList();
    }

    @Override
    public synchronized List<Topic> ofRound(long roundId) {
        transactions.requireActive();
        return topics.stream().filter(t -> t.roundId() == roundId).sorted(Comparator.comparing(Topic::id)).toList();
    }

    @Override
    public synchronized List<TopicCount> countsOfRound(long roundId) {
        transactions.requireActive();
        Map<Long, Map<Topic.Status, Long>> counts = new TreeMap<>();
        for (Topic t : topics) {
            if (t.roundId() == roundId) {
                counts.computeIfAbsent(t.groupId(), g -> new TreeMap<>(Comparator.comparing(Topic.Status::name)))
                        .merge(t.status(), 1L, Long::sum);
            }
        }
        List<TopicCount> result = new ArrayList<>();
        counts.forEach((group, byStatus) -> byStatus.forEach((status, n) -> result.add(new TopicCount(group, status, n))));
        return result;
    }

    @Override
    public synchronized Vote add(Vote vote) {
        transactions.requireActive();
        if (votes.stream().anyMatch(v -> v.topicId() == vote.topicId() && v.userId().equals(vote.userId()))) {
            throw new IllegalStateException("unique key uq_vote: " + vote.userId() + " on " + vote.topicId());
        }
        votes.add(Entities.withId(vote, ++lastId));
        return vote;
    }

    @Override
    public synchronized void remove(Vote vote) {
        transactions.requireActive();
        votes.removeIf(v -> v.topicId() == vote.topicId() && v.userId().equals(vote.userId()));
    }

    @Override
    public synchronized List<Vote> votesFor(long topicId) {
        transactions.requireActive();
        return votes.stream().filter(v -> v.topicId() == topicId).toList();
    }

    @Override
    public synchronized List<Vote> votesBy(long roundId, String userId) {
        transactions.requireActive();
        return votes.stream().filter(v -> v.roundId() == roundId && v.userId().equals(userId)).toList();
    }

    /** Every topic stored, for assertions. */
    public synchronized List<Topic> all() {
        return List.copyOf(topics);
    }

    /** Every vote stored, for assertions. */
    public synchronized List<Vote> allVotes() {
        return List.copyOf(votes);
    }

    @Override
    public synchronized void remove(Topic topic) {
        transactions.requireActive();
        votes.removeIf(v -> v.topicId() == topic.id());
        topics.removeIf(t -> t.id().equals(topic.id()));
    }
}
