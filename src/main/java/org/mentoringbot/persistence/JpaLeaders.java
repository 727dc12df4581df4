package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;

final class JpaLeaders implements Leaders {
    private final JpaTransactions transactions;

    JpaLeaders(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Leader> of(long programId) {
        return transactions.entityManager()
                .createQuery("SELECT l FROM Leader l WHERE l.programId = :program ORDER BY l.addedAt, l.id", Leader.class)
                .setParameter("program", programId)
                .getResultList();
    }

    @Override
    public Optional<Leader> find(long programId, String userId) {
        return transactions.entityManager()
                .createQuery("SELECT l FROM Leader l WHERE l.programId = :program AND l.userId = :user", Leader.class)
                .setParameter("program", programId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    @Override
    public Leader add(Leader leader) {
        var em = transactions.entityManager();
        em.persist(leader);
        em.flush();
        return leader;
    }

    @Override
    public void remove(Leader leader) {
        var em = transactions.entityManager();
        em.remove(em.contains(leader) ? leader : em.merge(leader));
    }
}
