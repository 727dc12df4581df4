package org.mentoringbot.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One round's summary ledger, as JSON ({@link LedgerJson}): which answers its sealed blocks count (ids, never
 * values) and the blocks' anonymous sums. One row per round, replaced whenever a summary seals new blocks.
 * Versioned: of two summaries sealed at once (PostgreSQL; SQLite writes one at a time), the second to store
 * loses and is run again on the first one's ledger, so no summary shows blocks the stored ledger lacks.
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

    @Version
    @Column(nullable = false)
    private long version;

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
