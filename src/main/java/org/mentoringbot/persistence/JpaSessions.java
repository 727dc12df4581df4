package org.mentoringbot.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

final class JpaSessions implements Sessions {
    private final JpaTransactions transactions;

    JpaSessions(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public MentoringSession add(MentoringSession session) {
        var em = transactions.entityManager();
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public Optional<MentoringSession> byId(long sessionId) {
        return Optional.ofNullable(transactions.entityManager().find(MentoringSession.class, sessionId));
    }

    @Override
    public List<MentoringSession> ofGroup(long groupId) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MentoringSession s WHERE s.groupId = :group ORDER BY s.startsAt, s.id", MentoringSession.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    @Override
    public List<MentoringSession> ofRound(long roundId) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MentoringSession s WHERE s.roundId = :round ORDER BY s.startsAt, s.id", MentoringSession.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public List<MentoringSession> startingBetween(Instant from, Instant to) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MentoringSession s WHERE s.status = :scheduled AND s.startsAt >= :from "
                        + "AND s.startsAt < :to ORDER BY s.startsAt, s.id", MentoringSession.class)
                .setParameter("scheduled", MentoringSession.Status.SCHEDULED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Attendance> attendanceOf(long sessionId) {
        return transactions.entityManager()
                .createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :session ORDER BY a.userId", Attendance.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public void unmark(Attendance attendance) {
        var em = transactions.entityManager();
        em.remove(em.contains(attendance) ? attendance : em.merge(attendance));
    }

    @Override
    public Attendance mark(Attendance attendance) {
        var em = transactions.entityManager();
        var existing = em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :session AND a.userId = :user", Attendance.class)
                .setParameter("session", attendance.sessionId())
                .setParameter("user", attendance.userId())
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().mark(attendance.present());
            return existing.get();
        }
        em.persist(attendance);
        em.flush();
        return attendance;
    }
}
