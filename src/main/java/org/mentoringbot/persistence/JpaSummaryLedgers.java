package org.mentoringbot.persistence;

import java.time.Instant;
import org.mentoringbot.core.summary.SummaryLedger;
import org.mentoringbot.core.summary.SummaryLedgers;

final class JpaSummaryLedgers implements SummaryLedgers {
    private final JpaTransactions transactions;

    JpaSummaryLedgers(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public SummaryLedger of(long roundId) {
        StoredLedger stored = transactions.entityManager().find(StoredLedger.class, roundId);
        return stored == null ? SummaryLedger.empty() : LedgerJson.read(stored.ledger());
    }

    @Override
    public void store(long roundId, SummaryLedger ledger) {
        var em = transactions.entityManager();
        String json = LedgerJson.write(ledger);
        StoredLedger stored = em.find(StoredLedger.class, roundId);
        if (stored == null) {
            em.persist(new StoredLedger(roundId, json, Instant.now()));
        } else {
            stored.replace(json, Instant.now());
        }
        em.flush();
    }
}
