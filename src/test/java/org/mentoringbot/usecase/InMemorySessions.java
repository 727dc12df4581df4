package org.mentoringbot.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/** Sessions and attendance marks in lists, ordered as JpaSessions orders them, one mark per session and person. */
public final class InMemorySessions implements Sessions {
    private static final Comparator<MentoringSession> EARLIEST_FIRST =
            Comparator.comparing(MentoringSession::startsAt).thenComparing(MentoringSession::id);

    private final InMemoryTransactions transactions;
    private final List<MentoringSession> sessions = new ArrayList<>();
    private final List<Attendance> marks = new ArrayList<>();
    private long lastId;

    public InMemorySessions(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized MentoringSession add(MentoringSession session) {
        transactions.requireActive();
        sessions.add(Entities.withId(session, ++lastId));
        return session;
    }

    @Override
    public synchronized Optional<MentoringSession> byId(long sessionId) {
        transactions.requireActive();
        return sessions.stream().filter(s -> s.id() == sessionId).findFirst();
    }

    @Override
    public synchronized List<MentoringSession> ofGroup(long groupId) {
        transactions.requireActive();
        return sessions.stream().filter(s -> s.groupId() == groupId).sorted(EARLIEST_FIRST).toList();
    }

    @Override
    public synchronized List<MentoringSession> ofRound(long roundId) {
        transactions.requireActive();
        return sessions.stream().filter(s -> s.roundId() == roundId).sorted(EARLIEST_FIRST).toList();
    }

    @Override
    public synchronized List<MentoringSession> startingBetween(Instant from, Instant to) {
        transactions.requireActive();
        return sessions.stream().filter(s -> !s.isCancelled() && !s.startsAt().isBefore(from) && s.startsAt().isBefore(to))
                .sorted(EARLIEST_FIRST).toList();
    }

    @Override
    public synchronized List<Attendance> attendanceOf(long sessionId) {
        transactions.requireActive();
        return marks.stream().filter(a -> a.sessionId() == sessionId).sorted(Comparator.comparing(Attendance::userId)).toList();
    }

    @Override
    public synchronized Attendance mark(Attendance attendance) {
        transactions.requireActive();
        Optional<Attendance> existing = marks.stream()
                .filter(a -> a.sessionId() == attendance.sessionId() && a.userId().equals(attendance.userId())).findFirst();
        if (existing.isPresent()) {
            existing.get().mark(attendance.present());
            return existing.get();
        }
        marks.add(Entities.withId(attendance, ++lastId));
        return attendance;
    }

    /** Every session stored, for assertions. */
    public synchronized List<MentoringSession> all() {
        return List.copyOf(sessions);
    }

    @Override
    public synchronized void unmark(Attendance mark) {
        transactions.requireActive();
        marks.removeIf(a -> a.sessionId() == mark.sessionId() && a.userId().equals(mark.userId()));
    }
}
