package org.mentoringbot.usecase;

import java.util.function.Supplier;

/**
 * Runs one use case as one unit of work: all of it is stored, or none of it.
 * Implementations serialise conflicting writers and retry a unit that lost a race, so the
 * work must be free of side effects outside the repositories.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
