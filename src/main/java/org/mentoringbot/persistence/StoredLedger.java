package org.mentoringbot.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One round's summary ledger, as JSON ({@link LedgerJson}): which answers its sealed blocks count (ids, never
 * values) and the blocks' anonymous sums. One row per round, replaced whenever a summary seals new blocks.
 */
@Entity
@Table(name = "summary_ledgers")
public class StoredLedger {
    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String ledger;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredLedger() {
        // for JPA
    }

    StoredLedger(long roundId, String ledger, Instant updatedAt) {
        this.roundId = roundId;
        replace(ledger, updatedAt);
    }

    String ledger() {
        return ledger;
    }

    void replace(String ledger, Instant at) {
        this.ledger = ledger;
        this.updatedAt = at;
    }
}
