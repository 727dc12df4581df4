package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.outbox.OutboxMessage;
import org.mentoringbot.core.outbox.OutboxStatus;

/** The outbox table on a real SQLite file: one row per idempotency key, due rows found in order. */
class JpaOutboxTest {
    private static final Instant T0 = Instant.parse("2027-03-01T08:00:00.123Z");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(url());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("mentoring.db");
    }

    private static OutboxMessage message(String key, String conversation, Instant due) {
        return new OutboxMessage(key, "slack:T1", conversation, "{\"v\":1}", due, T0);
    }

    private boolean enqueue(OutboxMessage message) {
        return db.transactions().inTransaction(() -> db.outbox().enqueue(message));
    }

    @Test
    void aSecondEnqueueWithTheSameKeyChangesNothing() {
        assertTrue(enqueue(message("reminder:7:day-before:U1", "U1", T0)));
        assertFalse(enqueue(new OutboxMessage("reminder:7:day-before:U1", "slack:T1", "C9", "{\"other\":1}", T0.plusSeconds(60), T0)));
        OutboxMessage stored = db.transactions().inTransaction(() -> db.outbox().withKey("reminder:7:day-before:U1")).orElseThrow();
        assertEquals("U1", stored.conversation());
        assertEquals("{\"v\":1}", stored.message());
        assertEquals(T0, stored.nextAttemptAt());
        assertEquals(1, db.transactions().inTransaction(() -> db.outbox().count(OutboxStatus.PENDING)));
    }

    @Test
    void twentyThreadsEnqueueingTheSameKeyStoreOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String conversation = "C" + i;
            results.add(pool.submit(() -> {
                start.await();
                return enqueue(message("reminder:42:hour-before:C", conversation, T0));
            }));
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> result : results) {
            added += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, added, "exactly one enqueue reports that it added the row");
        assertEquals(1, rawCount("SELECT COUNT(*) FROM outbox"));
    }

    @Test
    void theDatabaseItselfRefusesASecondRowWithTheSameKey() throws Exception {
        enqueue(message("k", "C1", T0));
        try (var c = DriverManager.getConnection(url())) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "INSERT INTO outbox (idempotency_key, workspace, conversation, status, attempts, next_attempt_at, due_at,"
                            + " created_at, version) VALUES ('k', 'slack:T1', 'C2', 'PENDING', 0, 0, 0, 0, 1)"));
            assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());
        }
    }

    @Test
    void dueMessagesComeOldestFirstWithoutLeasedOrSkippedOnes() {
        enqueue(message("a", "C1", T0.plusSeconds(2)));
        enqueue(message("b", "C2", T0));
        enqueue(message("c", "C3", T0.plusSeconds(1)));
        enqueue(message("later", "C1", T0.plusSeconds(3600)));
        enqueue(message("leased", "C4", T0));
        enqueue(message("skipped-conversation", "C5", T0));
        enqueue(new OutboxMessage("skipped-workspace", "teams:X", "C6", "{}", T0, T0));
        db.transactions().inTransaction(() -> db.outbox().withKey("leased").orElseThrow().claim("me", T0, Duration.ofMinutes(2)));

        Instant now = T0.plusSeconds(10);
        List<String> keys = db.transactions().inTransaction(() -> db.outbox().due(now, Set.of("teams:X"), Set.of("C5"), 10))
                .stream().map(OutboxMessage::idempotencyKey).toList();
        assertEquals(List.of("b", "c", "a"), keys);

        List<String> firstTwo = db.transactions().inTransaction(() -> db.outbox().due(now, Set.of(), Set.of(), 2))
                .stream().map(OutboxMessage::idempotencyKey).toList();
        assertEquals(List.of("b", "skipped-conversation"), firstTwo, "a limit counts from the oldest, leased ones left out");

        // Once the lease has run out, the leased message is due again.
        List<String> afterLease = db.transactions().inTransaction(() -> db.outbox().due(T0.plusSeconds(121), Set.of(), Set.of(), 10))
                .stream().map(OutboxMessage::idempotencyKey).toList();
        assertTrue(afterLease.contains("leased"), afterLease.toString());
    }

    @Test
    void aClaimIsStoredAndASecondClaimerIsRefusedUntilTheLeaseRunsOut() {
        enqueue(message("k", "C1", T0));
        assertTrue(db.transactions().inTransaction(() -> db.outbox().withKey("k").orElseThrow().claim("first", T0, Duration.ofMinutes(2))));
        assertFalse(db.transactions().inTransaction(() -> db.outbox().withKey("k").orElseThrow().claim("second", T0.plusSeconds(60), Duration.ofMinutes(2))));
        OutboxMessage taken = db.transactions().inTransaction(() -> {
            OutboxMessage m = db.outbox().withKey("k").orElseThrow();
            return m.claim("second", T0.plusSeconds(121), Duration.ofMinutes(2)) ? m : null;
        });
        assertTrue(taken.previousSendInDoubt(), "the first sender's lease ran out without an outcome");
        assertEquals(2, taken.attempts());
    }

    @Test
    void sentMessagesForgetTheirWordsAndReopeningKeepsTheRest() throws Exception {
        enqueue(message("k", "C1", T0));
        db.transactions().inTransaction(() -> {
            OutboxMessage m = db.outbox().withKey("k").orElseThrow();
            m.claim("me", T0, Duration.ofMinutes(2));
            m.sent(T0.plusMillis(5));
            return null;
        });
        db.close();
        db = Database.open(url());
        OutboxMessage sent = db.transactions().inTransaction(() -> db.outbox().withKey("k")).orElseThrow();
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(T0.plusMillis(5), sent.sentAt());
        assertEquals(null, sent.message());
        assertEquals(1, rawCount("SELECT COUNT(*) FROM outbox WHERE message IS NULL AND claimed_until IS NULL"));
    }

    private long rawCount(String sql) throws Exception {
        try (var c = DriverManager.getConnection(url()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
