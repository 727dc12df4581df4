package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;

/** Reflections in a list; like the database, one per round, person and occasion. */
public final class InMemoryReflections implements Reflections {
    private static final Comparator<Reflection> OLDEST_FIRST =
            Comparator.comparing(Reflection::answeredAt).thenComparing(Reflection::id);

    private final InMemoryTransactions transactions;
    private final List<Reflection> reflections = new ArrayList<>();
    private long lastId;

    public InMemoryReflections(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Reflection add(Reflection reflection) {
        transactions.requireActive();
        if (find(reflection.roundId(), reflection.userId(), reflection.kind(), reflection.sessionId()).isPresent()) {
            throw new IllegalStateException("unique key uq_reflection: " + reflection.userId());
        }
        reflections.add(Entities.withId(reflection, ++lastId));
        return reflection;
    }

    @Override
    public synchronized Optional<Reflection> find(long roundId, String userId, Reflection.Kind kind, Long sessionId) {
        transactions.requireActive();
        String occasion = Reflection.occasionOf(kind, sessionId);
        return reflections.stream().filter(r -> r.roundId() == roundId && r.userId().equals(userId)
                && Reflection.occasionOf(r.kind(), r.sessionId()).equals(occasion)).findFirst();
    }

    @Override
    public synchronized List<Reflection> byAuthor(long roundId, String userId) {
        transactions.requireActive();
        return reflections.stream().filter(r -> r.roundId() == roundId && r.userId().equals(userId)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<Reflection> ofRound(long roundId) {
        transactions.requireActive();
        return reflections.stream().filter(r -> r.roundId() == roundId).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized void remove(Reflection reflection) {
        transactions.requireActive();
        reflections.removeIf(r -> r.id().equals(reflection.id()));
    }

    /** Everything stored, for assertions. */
    public synchronized List<Reflection> all() {
        return List.copyOf(reflections);
    }
}
