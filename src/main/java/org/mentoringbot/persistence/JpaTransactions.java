package org.mentoringbot.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.mentoringbot.usecase.Transactions;

/**
 * One entity manager and one database transaction per use case, bound to the calling thread so
 * repositories can find it. A unit that loses a race (a unique key taken meanwhile, a
 * serialisation failure, a busy SQLite file, a versioned row changed meanwhile) is run again from
 * the start, up to three times.
 */
final class JpaTransactions implements Transactions {
    private static final int ATTEMPTS = 3;

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // already inside one: join it
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (PersistenceException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            // Unwrapping the connection begins the database transaction now, so the reads of this
            // unit happen inside it (on SQLite: under the write lock taken by BEGIN IMMEDIATE).
            em.unwrap(Connection.class);
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            em.close();
        }
    }

    EntityManager entityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("repositories are used inside Transactions.inTransaction only");
        }
        return em;
    }

    private static boolean isLostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                        || message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_BUSY")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
