package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

final class JpaRounds implements Rounds {
    private final JpaTransactions transactions;

    JpaRounds(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Round> latest(long programId) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Round r WHERE r.programId = :program ORDER BY r.number DESC", Round.class)
                .setParameter("program", programId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<Round> ofProgram(long programId) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Round r WHERE r.programId = :program ORDER BY r.number", Round.class)
                .setParameter("program", programId)
                .getResultList();
    }

    @Override
    public List<Round> inState(RoundState state) {
        return transactions.entityManager()
                .createQuery("SELECT r FROM Round r WHERE r.state = :state ORDER BY r.openedAt, r.id", Round.class)
                .setParameter("state", state)
                .getResultList();
    }

    @Override
    public Round add(Round round) {
        var em = transactions.entityManager();
        em.persist(round);
        em.flush();
        return round;
    }

    @Override
    public Optional<Round> byId(long id) {
        return Optional.ofNullable(transactions.entityManager().find(Round.class, id));
    }
}
