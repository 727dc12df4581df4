package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;

final class JpaMemberships implements Memberships {
    private final JpaTransactions transactions;

    JpaMemberships(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Membership> find(long roundId, String userId) {
        return transactions.entityManager()
                .createQuery("SELECT m FROM Membership m WHERE m.roundId = :round AND m.userId = :user", Membership.class)
                .setParameter("round", roundId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    @Override
    public Membership add(Membership membership) {
        var em = transactions.entityManager();
        em.persist(membership);
        em.flush();
        return membership;
    }

    @Override
    public void remove(Membership membership) {
        var em = transactions.entityManager();
        em.remove(em.contains(membership) ? membership : em.merge(membership));
    }

    @Override
    public List<Membership> inRound(long roundId, MembershipStatus status) {
        return transactions.entityManager()
                .createQuery("SELECT m FROM Membership m WHERE m.roundId = :round AND m.status = :status ORDER BY m.joinedAt, m.id",
                        Membership.class)
                .setParameter("round", roundId)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public long count(long roundId, MembershipStatus status) {
        return transactions.entityManager()
                .createQuery("SELECT COUNT(m) FROM Membership m WHERE m.roundId = :round AND m.status = :status", Long.class)
                .setParameter("round", roundId)
                .setParameter("status", status)
                .getSingleResult();
    }
}
