package org.mentoringbot.core.summary;

/**
 * The stored {@link SummaryLedger} of each round. A round's ledger must survive between summary requests (and
 * restarts): losing it would recount the same answers into new blocks, and two summaries could then differ by less
 * than a block.
 */
public interface SummaryLedgers {
    /** The round's ledger as last stored, or {@link SummaryLedger#empty()} when nobody has asked for a summary yet. */
    SummaryLedger of(long roundId);

    /** Replaces the round's ledger; called in the same unit of work that shows a summary built from it. */
    void store(long roundId, SummaryLedger ledger);
}
