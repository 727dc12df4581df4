package org.mentoringbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.ChatSender.DeliveryFailed;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.outbox.OutboxMessage;
import org.mentoringbot.core.outbox.OutboxStatus;
import org.mentoringbot.delivery.SendPacer.Limits;
import org.mentoringbot.delivery.SendPacer.Rate;
import org.mentoringbot.persistence.Database;

/** The delivery worker on a real SQLite file, with a recording sender and a clock moved by hand. */
class OutboxDeliveryTest {
    private static final Instant T0 = Instant.parse("2027-03-01T08:00:00Z");
    private static final String WS = "slack:T1";
    private static final Limits UNLIMITED = new Limits(List.of(Rate.perSecond(100_000, 100_000)), List.of(Rate.perSecond(100_000, 100_000)));

    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(T0);
    final RecordingSender sender = new RecordingSender();
    NoticeOutbox outbox;

    @BeforeEach
    void open() {
        db = Database.open(url());
        outbox = new NoticeOutbox(db.outbox(), db.transactions(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("mentoring.db");
    }

    private OutboxDelivery worker(Database database, ChatSender chatSender, SendPacer pacer, Clock workerClock) {
        return new OutboxDelivery(database.outbox(), database.transactions(), chatSender, pacer, workerClock,
                RetryPolicy.standard(), OutboxDelivery.LEASE);
    }

    private OutboxDelivery worker() {
        return worker(db, sender, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock);
    }

    private static Notice notice(String text) {
        return Notice.of(Tone.INFO, "unknown.command", text);
    }

    private void enqueue(String key, String conversation) {
        assertTrue(outbox.enqueue(key, new ChatAddress(WS, conversation), notice(key)));
    }

    private OutboxMessage row(String key) {
        return db.transactions().inTransaction(() -> db.outbox().withKey(key)).orElseThrow();
    }

    /** Records every send; a conversation can be told to fail in a given way first. */
    static final class RecordingSender implements ChatSender {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        final Map<String, ConcurrentLinkedQueue<RuntimeException>> failures = new ConcurrentHashMap<>();

        void failNext(String conversation, RuntimeException failure) {
            failures.computeIfAbsent(conversation, c -> new ConcurrentLinkedQueue<>()).add(failure);
        }

        @Override
        public void send(ChatAddress address, Reply reply) {
            var queue = failures.get(address.conversation());
            RuntimeException failure = queue == null ? null : queue.poll();
            if (failure != null) {
                throw failure;
            }
            sent.add(address.conversation() + ":" + ((Notice) reply).args().get(0));
        }
    }

    @Test
    void dueMessagesAreSentOnceAndMarkedSent() {
        enqueue("k1", "C1");
        enqueue("k2", "C2");
        enqueue("k3", "U3");
        OutboxDelivery worker = worker();
        assertEquals(3, worker.deliverDue());
        assertEquals(List.of("C1:k1", "C2:k2", "U3:k3"), sender.sent);
        OutboxMessage sent = row("k1");
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(T0, sent.sentAt());
        assertEquals(1, sent.attempts());
        assertNull(sent.message(), "the words are not kept once delivered");
        assertEquals(0, worker.deliverDue());
        assertEquals(3, sender.sent.size());
        assertEquals(new OutboxDelivery.Backlog(0, 0), worker.backlog());
        assertEquals(0, worker.inDoubtResends());
    }

    @Test
    void aMessageForLaterWaitsUntilItIsDue() {
        outbox.enqueue("later", new ChatAddress(WS, "C1"), notice("later"), T0.plusSeconds(3600));
        OutboxDelivery worker = worker();
        assertEquals(0, worker.deliverDue());
        assertEquals(new OutboxDelivery.Backlog(1, 0), worker.backlog());
        clock.advance(Duration.ofSeconds(3600));
        assertEquals(1, worker.deliverDue());
    }

    @Test
    void enqueueingTheSameKeyAgainSendsNothingMoreEvenAfterDelivery() {
        enqueue("reminder:7:day-before:U1", "U1");
        worker().deliverDue();
        assertFalse(outbox.enqueue("reminder:7:day-before:U1", new ChatAddress(WS, "U1"), notice("again")));
        assertEquals(0, worker().deliverDue());
        assertEquals(1, sender.sent.size());
    }

    @Test
    void retryAfterIsHonouredAndHoldsBackTheWholeConversation() {
        enqueue("first", "C1");
        enqueue("second", "C1");
        enqueue("elsewhere", "C2");
        sender.failNext("C1", new DeliveryFailed("slack:ratelimited", true, 30_000));
        OutboxDelivery worker = worker();
        assertEquals(1, worker.deliverDue(), "only C2 goes while C1 waits");
        assertEquals(List.of("C2:elsewhere"), sender.sent);
        OutboxMessage first = row("first");
        assertEquals(OutboxStatus.PENDING, first.status());
        assertEquals(T0.plusSeconds(30), first.nextAttemptAt());
        assertEquals("slack:ratelimited", first.lastError());
        assertNull(first.claimedUntil(), "the lease is handed back with the outcome");

        clock.advance(Duration.ofSeconds(29));
        assertEquals(0, worker.deliverDue(), "'second' is due but its channel was told to wait");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, worker.deliverDue());
        assertEquals(List.of("C2:elsewhere", "C1:second", "C1:first"), sender.sent);
        assertEquals(2, row("first").attempts());
    }

    @Test
    void withoutRetryAfterTheWaitDoublesWithJitter() {
        enqueue("k", "C1");
        for (int i = 0; i < 3; i++) {
            sender.failNext("C1", new DeliveryFailed("slack:http_503", true, 0));
        }
        OutboxDelivery worker = worker();
        long[] ceilings = {1_000, 2_000, 4_000};
        for (long ceiling : ceilings) {
            worker.deliverDue();
            Duration wait = Duration.between(clock.instant(), row("k").nextAttemptAt());
            assertTrue(wait.toMillis() >= ceiling / 2 && wait.toMillis() <= ceiling, "waits " + wait + " for ceiling " + ceiling);
            clock.advance(wait);
        }
        assertEquals(1, worker.deliverDue());
        assertEquals(4, row("k").attempts());
    }

    @Test
    void aPermanentRefusalFailsAtOnceWithTheCodeOnly() {
        enqueue("k", "C404");
        sender.failNext("C404", new DeliveryFailed("slack:channel_not_found", false, 0));
        OutboxDelivery worker = worker();
        assertEquals(0, worker.deliverDue());
        OutboxMessage failed = row("k");
        assertEquals(OutboxStatus.FAILED, failed.status());
        assertEquals("slack:channel_not_found", failed.lastError());
        assertNull(failed.message(), "the words are not kept once given up on either");
        assertEquals(new OutboxDelivery.Backlog(0, 1), worker.backlog());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, worker.deliverDue());
        assertTrue(sender.sent.isEmpty());
    }

    @Test
    void retryingStopsAnHourAfterTheMessageWasDue() {
        enqueue("k", "C1");
        OutboxDelivery worker = worker();
        int passes = 0;
        while (row("k").status() == OutboxStatus.PENDING) {
            sender.failNext("C1", new DeliveryFailed("slack:internal_error", true, 0));
            worker.deliverDue();
            clock.advance(Duration.between(clock.instant(), row("k").nextAttemptAt()).plusMillis(1));
            assertTrue(++passes < 100, "retrying must end");
        }
        OutboxMessage failed = row("k");
        assertEquals(OutboxStatus.FAILED, failed.status());
        assertEquals("slack:internal_error", failed.lastError());
        assertTrue(!clock.instant().isBefore(T0.plus(Duration.ofHours(1))), "not before an hour: " + clock.instant());
        assertTrue(clock.instant().isBefore(T0.plus(Duration.ofMinutes(66))), "soon after the hour: " + clock.instant());
        assertTrue(failed.attempts() > 10 && failed.attempts() < 30, failed.attempts() + " attempts");
    }

    @Test
    void aBugOnOurSideFailsTheMessageWithoutItsContent() {
        enqueue("k", "C1");
        sender.failNext("C1", new IllegalArgumentException("no message x for en: secret words"));
        worker().deliverDue();
        assertEquals(OutboxStatus.FAILED, row("k").status());
        assertEquals("internal:IllegalArgumentException", row("k").lastError());
    }

    @Test
    void anUnreadableRowFailsAndDoesNotStopTheOthers() {
        db.transactions().inTransaction(() -> db.outbox().enqueue(new OutboxMessage("broken", WS, "C1", "{not json", T0, T0)));
        enqueue("fine", "C2");
        assertEquals(1, worker().deliverDue());
        assertEquals("outbox:unreadable", row("broken").lastError());
        assertEquals(OutboxStatus.FAILED, row("broken").status());
    }

    @Test
    void aChannelWithALongBacklogDoesNotHoldUpTheOthers() {
        for (int i = 0; i < 300; i++) {
            enqueue("busy-" + i, "C-BUSY");
        }
        for (int c = 1; c <= 5; c++) {
            enqueue("quiet-" + c, "C" + c);
        }
        Limits slackLike = new Limits(List.of(Rate.perSecond(1, 2)), List.of(Rate.perSecond(100, 100)));
        OutboxDelivery worker = worker(db, sender, new SendPacer(clock, Map.of("slack", slackLike)), clock);
        assertEquals(7, worker.deliverDue(), "two for the busy channel's burst, one for each quiet channel");
        assertEquals(5, sender.sent.stream().filter(s -> !s.startsWith("C-BUSY")).count());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, worker.deliverDue(), "then one a second for the busy channel");
    }

    @Test
    void aLeasedMessageIsLeftAloneByAnotherWorkerUntilItIsSent() throws Exception {
        enqueue("k", "C1");
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ChatSender slow = (address, reply) -> {
            sending.countDown();
            await(finish);
            sender.send(address, reply);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> first = pool.submit(() -> worker(db, slow, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock).deliverDue());
        assertTrue(sending.await(10, TimeUnit.SECONDS));
        try (Database secondInstance = Database.open(url())) {
            OutboxDelivery other = worker(secondInstance, sender, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock);
            assertEquals(0, other.deliverDue(), "leased to the first worker");
            clock.advance(Duration.ofSeconds(119));
            assertEquals(0, other.deliverDue(), "still within the lease");
            finish.countDown();
            assertEquals(1, first.get(10, TimeUnit.SECONDS));
            clock.advance(Duration.ofMinutes(10));
            assertEquals(0, other.deliverDue(), "sent, so never again");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("C1:k"), sender.sent);
    }

    @Test
    void twoWorkersOnOneDatabaseNeverSendTheSameMessage() throws Exception {
        for (int i = 0; i < 200; i++) {
            enqueue("k" + i, "C" + (i % 10));
        }
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        ChatSender counting = (address, reply) -> {
            sends.computeIfAbsent((String) ((Notice) reply).args().get(0), k -> new AtomicInteger()).incrementAndGet();
            pause(2); // a send takes a moment, during which the other worker gets the database
        };
        try (Database secondInstance = Database.open(url())) {
            List<OutboxDelivery> workers = List.of(
                    worker(db, counting, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock),
                    worker(secondInstance, counting, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (OutboxDelivery worker : workers) {
                results.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int pass = 0; pass < 20; pass++) {
                        total += worker.deliverDue();
                    }
                    return total;
                }));
            }
            start.countDown();
            int first = results.get(0).get(60, TimeUnit.SECONDS);
            int second = results.get(1).get(60, TimeUnit.SECONDS);
            pool.shutdown();
            assertEquals(200, first + second);
            assertTrue(first > 0 && second > 0, "both workers took part: " + first + " + " + second);
            System.out.println("two workers shared 200 messages: " + first + " + " + second);
        }
        assertEquals(200, sends.size());
        assertTrue(sends.values().stream().allMatch(n -> n.get() == 1), "every message sent exactly once: " + sends);
    }

    @Test
    void aCrashMidSendLeavesTheMessageLeasedUntilTheLeaseRunsOutThenItIsSentAgain() {
        enqueue("k", "C1");
        ChatSender dyingAfterSend = (address, reply) -> {
            sender.send(address, reply);
            throw new SimulatedCrash();
        };
        assertThrows(SimulatedCrash.class, () -> worker(db, dyingAfterSend, new SendPacer(clock, Map.of("slack", UNLIMITED)), clock).deliverDue());
        OutboxMessage leased = row("k");
        assertEquals(OutboxStatus.PENDING, leased.status());
        assertEquals(T0.plus(OutboxDelivery.LEASE), leased.claimedUntil());

        OutboxDelivery restarted = worker();
        clock.advance(OutboxDelivery.LEASE.minusSeconds(1));
        assertEquals(0, restarted.deliverDue(), "the lease still holds");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, restarted.deliverDue());
        assertEquals(1, restarted.inDoubtResends());
        assertEquals(List.of("C1:k", "C1:k"), sender.sent, "the one message in flight at the crash arrives twice");
        assertEquals(2, row("k").attempts());
    }

    @Test
    void startedInTheBackgroundItDeliversAndStopsOnClose() throws Exception {
        OutboxDelivery worker = worker(db, sender, new SendPacer(Clock.systemUTC()), Clock.systemUTC());
        worker.start();
        try {
            outbox.enqueue("k", new ChatAddress(WS, "C1"), notice("k"), Instant.now());
            long deadline = System.currentTimeMillis() + 5_000;
            while (sender.sent.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of("C1:k"), sender.sent);
        } finally {
            worker.close();
        }
        outbox.enqueue("after-close", new ChatAddress(WS, "C1"), notice("after-close"), Instant.now());
        Thread.sleep(600);
        assertEquals(1, sender.sent.size(), "nothing is sent after close");
        assertThrows(IllegalStateException.class, worker::start);
    }

    /** Stands in for the process dying: an Error the worker does not catch. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
