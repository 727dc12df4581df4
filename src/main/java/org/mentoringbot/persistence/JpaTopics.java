package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.TopicCount;
import org.mentoringbot.core.topic.Topics;
import org.mentoringbot.core.topic.Vote;

final class JpaTopics implements Topics {
    private final JpaTransactions transactions;

    JpaTopics(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Topic add(Topic topic) {
        var em = transactions.entityManager();
        em.persist(topic);
        em.flush();
        return topic;
    }

    @Override
    public Optional<Topic> byId(long topicId) {
        return Optional.ofNullable(transactions.entityManager().find(Topic.class, topicId));
    }

    @Override
    public List<Topic> ofGroup(long groupId) {
        return transactions.entityManager()
                .createQuery("SELECT t FROM Topic t WHERE t.groupId = :group ORDER BY t.createdAt, t.id", Topic.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    @Override
    public List<Topic> ofRound(long roundId) {
        return transactions.entityManager()
                .createQuery("SELECT t FROM Topic t WHERE t.roundId = :round ORDER BY t.id", Topic.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public void remove(Topic topic) {
        var em = transactions.entityManager();
        em.createQuery("DELETE FROM Vote v WHERE v.topicId = :topic").setParameter("topic", topic.id()).executeUpdate();
        em.remove(em.contains(topic) ? topic : em.merge(topic));
    }

    @Override
    public List<TopicCount> countsOfRound(long roundId) {
        // Counted in the database: the rows with authors and texts never leave it.
        return transactions.entityManager()
                .createQuery("SELECT t.groupId, t.status, COUNT(t) FROM Topic t WHERE t.roundId = :round "
                        + "GROUP BY t.groupId, t.status ORDER BY t.groupId, t.status", Object[].class)
                .setParameter("round", roundId)
                .getResultList().stream()
                .map(row -> new TopicCount(((Number) row[0]).longValue(), (Topic.Status) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public Vote add(Vote vote) {
        var em = transactions.entityManager();
        em.persist(vote);
        em.flush();
        return vote;
    }

    @Override
    public void remove(Vote vote) {
        var em = transactions.entityManager();
        em.remove(em.contains(vote) ? vote : em.merge(vote));
    }

    @Override
    public List<Vote> votesFor(long topicId) {
        return transactions.entityManager()
                .createQuery("SELECT v FROM Vote v WHERE v.topicId = :topic", Vote.class)
                .setParameter("topic", topicId)
                .getResultList();
    }

    @Override
    public List<Vote> votesBy(long roundId, String userId) {
        return transactions.entityManager()
                .createQuery("SELECT v FROM Vote v WHERE v.roundId = :round AND v.userId = :user", Vote.class)
                .setParameter("round", roundId)
                .setParameter("user", userId)
                .getResultList();
    }
}
