package org.mentoringbot.usecase;

import java.util.HashMap;
import java.util.Map;
import org.mentoringbot.core.summary.SummaryLedger;
import org.mentoringbot.core.summary.SummaryLedgers;

/** Each round's summary ledger in a map. */
public final class InMemorySummaryLedgers implements SummaryLedgers {
    private final InMemoryTransactions transactions;
    private final Map<Long, SummaryLedger> ledgers = new HashMap<>();

    public InMemorySummaryLedgers(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized SummaryLedger of(long roundId) {
        transactions.requireActive();
        return ledgers.getOrDefault(roundId, SummaryLedger.empty());
    }

    @Override
    public synchronized void store(long roundId, SummaryLedger ledger) {
        transactions.requireActive();
        ledgers.put(roundId, ledger);
    }

    /** What is stored for the round, for assertions; empty when nothing is. */
    public synchronized SummaryLedger stored(long roundId) {
        return ledgers.getOrDefault(roundId, SummaryLedger.empty());
    }
}
