package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;

final class JpaReflections implements Reflections {
    private final JpaTransactions transactions;

    JpaReflections(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Reflection add(Reflection reflection) {
        var em = transactions.entityManager();
        em.persist(reflection);
        em.flush();
        return reflection;
    }

    @Override
    public Optional<Reflection> find(long roundId, String userId, Reflection.Kind kind, Long sessionId) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Reflection r WHERE r.roundId = :round AND r.userId = :user AND r.occasion = :occasion",
                        Reflection.class)
                .setParameter("round", roundId)
                .setParameter("user", userId)
                .setParameter("occasion", Reflection.occasionOf(kind, sessionId))
                .getResultStream().findFirst();
    }

    @Override
    public List<Reflection> byAuthor(long roundId, String userId) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Reflection r WHERE r.roundId = :round AND r.userId = :user ORDER BY r.answeredAt, r.id",
                        Reflection.class)
                .setParameter("round", roundId)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public List<Reflection> ofRound(long roundId) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Reflection r WHERE r.roundId = :round ORDER BY r.answeredAt, r.id", Reflection.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public void remove(Reflection reflection) {
        var em = transactions.entityManager();
        em.remove(em.contains(reflection) ? reflection : em.merge(reflection));
    }
}
