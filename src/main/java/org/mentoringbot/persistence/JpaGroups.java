package org.mentoringbot.persistence;

import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.group.NeverTogether;

final class JpaGroups implements Groups {
    private final JpaTransactions transactions;

    JpaGroups(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<MentoringGroup> ofRound(long roundId) {
        return transactions.entityManager()
                .createQuery("SELECT g FROM MentoringGroup g WHERE g.roundId = :round ORDER BY g.number", MentoringGroup.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<MentoringGroup> byId(long groupId) {
        return Optional.ofNullable(transactions.entityManager().find(MentoringGroup.class, groupId));
    }

    @Override
    public MentoringGroup add(MentoringGroup group) {
        var em = transactions.entityManager();
        em.persist(group);
        em.flush();
        return group;
    }

    @Override
    public List<GroupSeat> seatsOfRound(long roundId) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM GroupSeat s WHERE s.roundId = :round ORDER BY s.groupId, s.id", GroupSeat.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<GroupSeat> seatOf(long roundId, String userId) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM GroupSeat s WHERE s.roundId = :round AND s.userId = :user", GroupSeat.class)
                .setParameter("round", roundId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    @Override
    public GroupSeat seat(GroupSeat seat) {
        var em = transactions.entityManager();
        em.persist(seat);
        em.flush();
        return seat;
    }

    @Override
    public void unseat(GroupSeat seat) {
        var em = transactions.entityManager();
        em.remove(em.contains(seat) ? seat : em.merge(seat));
    }

    @Override
    public List<GroupSeat> seatsBefore(long programId, int roundNumber) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM GroupSeat s, Round r WHERE s.roundId = r.id AND r.programId = :program "
                        + "AND r.number < :number ORDER BY s.groupId, s.id", GroupSeat.class)
                .setParameter("program", programId)
                .setParameter("number", roundNumber)
                .getResultList();
    }

    @Override
    public List<NeverTogether> neverTogether(long programId) {
        return transactions.entityManager()
                .createQuery("SELECT n FROM NeverTogether n WHERE n.programId = :program", NeverTogether.class)
                .setParameter("program", programId)
                .getResultList();
    }

    @Override
    public Optional<NeverTogether> findNeverTogether(long programId, String userA, String userB) {
        NeverTogether key = new NeverTogether(programId, userA, userB);
        return transactions.entityManager()
                .createQuery("SELECT n FROM NeverTogether n WHERE n.programId = :program AND n.userA = :a AND n.userB = :b",
                        NeverTogether.class)
                .setParameter("program", programId)
                .setParameter("a", key.userA())
                .setParameter("b", key.userB())
                .getResultStream().findFirst();
    }

    @Override
    public void remove(NeverTogether pair) {
        var em = transactions.entityManager();
        em.remove(em.contains(pair) ? pair : em.merge(pair));
    }

    @Override
    public NeverTogether add(NeverTogether pair) {
        var em = transactions.entityManager();
        em.persist(pair);
        em.flush();
        return pair;
    }
}
