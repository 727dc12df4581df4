package org.mentoringbot.usecase;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs units one at a time, like the database's write lock does; a unit inside a unit joins it.
 * There is no rollback: the in-memory repositories are for use cases that decide before they write.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Repositories call this, so a use case that forgets its transaction fails here as it would on JPA. */
    void requireActive() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("repositories are used inside Transactions.inTransaction only");
        }
    }
}
