package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.outbox.OutboxStatus;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.delivery.OutboxDelivery;
import org.mentoringbot.delivery.SendPacer;
import org.mentoringbot.delivery.SendPacer.Limits;
import org.mentoringbot.delivery.SendPacer.Rate;
import org.mentoringbot.persistence.Database;

/**
 * The whole delivery path on a SQLite file, the real SlackSender and a fake Slack Web API on
 * 127.0.0.1 that counts what arrives: crashes mid fan-out, and a fan-out against Slack's limits.
 */
class OutboxOverSlackTest {
    private static final String WORKSPACE = "slack:" + FakeSlack.TEAM;
    private static final Limits UNLIMITED = new Limits(List.of(Rate.perSecond(100_000, 100_000)), List.of(Rate.perSecond(100_000, 100_000)));
    /** Longer than OutboxDelivery's lease: a restarted process finds the crashed worker's lease expired. */
    private static final Duration AFTER_THE_LEASE = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    FakeSlack slack;

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
    }

    private Database open() {
        return Database.open("jdbc:sqlite:" + dir.resolve("mentoring.db"));
    }

    private ChatSender slackSender() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        var methods = Slack.getInstance(config).methods("xoxb-test-token");
        return new SlackSender(methods, "xoxb-test-token", new SlackUserDirectory(methods, "xoxb-test-token", Clock.systemUTC()));
    }

    private static String text(int n) {
        return "melding " + n + " æøå 🌻";
    }

    /** Enqueues n notices over the channels, channel by channel, in one transaction (as one reminder job would). */
    private static void enqueue(Database db, int n, int channels) {
        NoticeOutbox outbox = new NoticeOutbox(db.outbox(), db.transactions(), Clock.systemUTC());
        int perChannel = n / channels;
        db.transactions().inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                String channel = "C0GROUP" + (i / perChannel);
                assertTrue(outbox.enqueue("reminder:session-1:hour-before:" + channel + ":" + i, new ChatAddress(WORKSPACE, channel),
                        Notice.of(Tone.INFO, "unknown.command", text(i))));
            }
            return null;
        });
    }

    private static OutboxDelivery worker(Database db, ChatSender sender, SendPacer pacer, Clock clock) {
        return new OutboxDelivery(db.outbox(), db.transactions(), sender, pacer, clock);
    }

    /** How often each text arrived at Slack. */
    private Map<String, Long> arrivals() {
        return slack.posts().stream().collect(Collectors.groupingBy(FakeSlack.Post::text, Collectors.counting()));
    }

    private static String rendered(int n) {
        return "Sorry, I don't know \"" + text(n) + "\". Type help to see what I can do.";
    }

    /** Stands in for the process dying: an Error that nothing in the worker catches. */
    static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** A sender that sends through Slack, and on the given call dies before or after the send. */
    private ChatSender dyingOnCall(int call, boolean afterTheSend) {
        ChatSender real = slackSender();
        AtomicInteger calls = new AtomicInteger();
        return (address, reply) -> {
            boolean dies = calls.incrementAndGet() == call;
            if (dies && !afterTheSend) {
                throw new ProcessDied();
            }
            real.send(address, reply);
            if (dies) {
                throw new ProcessDied();
            }
        };
    }

    private int restartAndFinish(Database db, Function<Database, OutboxDelivery> newWorker) {
        OutboxDelivery restarted = newWorker.apply(db);
        for (int pass = 0; pass < 50 && restarted.backlog().pending() > 0; pass++) {
            restarted.deliverDue();
        }
        assertEquals(new OutboxDelivery.Backlog(0, 0), restarted.backlog());
        return (int) restarted.inDoubtResends();
    }

    @Test
    void dyingAfterASendReachedSlackDuplicatesOnlyThatOneMessage() {
        slack = new FakeSlack();
        int n = 40;
        try (Database db = open()) {
            enqueue(db, n, 4);
            OutboxDelivery first = worker(db, dyingOnCall(15, true), new SendPacer(Clock.systemUTC(), Map.of("slack", UNLIMITED)),
                    Clock.systemUTC());
            assertThrows(ProcessDied.class, first::deliverDue);
            assertEquals(15, slack.posts().size());
        }
        // A new process on the same file, once the dead one's lease has run out.
        Clock later = Clock.offset(Clock.systemUTC(), AFTER_THE_LEASE);
        try (Database db = open()) {
            int inDoubt = restartAndFinish(db, d -> worker(d, slackSender(), new SendPacer(later, Map.of("slack", UNLIMITED)), later));
            assertEquals(1, inDoubt, "the restarted worker knows which message may be a duplicate");
            assertEquals(n, db.transactions().inTransaction(() -> db.outbox().count(OutboxStatus.SENT)));
        }
        Map<String, Long> arrivals = arrivals();
        assertEquals(n, arrivals.size(), "every message arrived");
        assertEquals(n + 1, slack.posts().size());
        assertEquals(Map.of(rendered(14), 2L), arrivals.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "only the message in flight arrived twice");
    }

    @Test
    void dyingBeforeTheSendLosesNothingAndDuplicatesNothing() {
        slack = new FakeSlack();
        int n = 40;
        try (Database db = open()) {
            enqueue(db, n, 4);
            OutboxDelivery first = worker(db, dyingOnCall(15, false), new SendPacer(Clock.systemUTC(), Map.of("slack", UNLIMITED)),
                    Clock.systemUTC());
            assertThrows(ProcessDied.class, first::deliverDue);
            assertEquals(14, slack.posts().size());
        }
        Clock later = Clock.offset(Clock.systemUTC(), AFTER_THE_LEASE);
        try (Database db = open()) {
            int inDoubt = restartAndFinish(db, d -> worker(d, slackSender(), new SendPacer(later, Map.of("slack", UNLIMITED)), later));
            assertEquals(1, inDoubt, "the worker cannot tell this crash from the one after a send, so it says so");
        }
        assertEquals(n, slack.posts().size());
        assertTrue(arrivals().values().stream().allMatch(count -> count == 1), "exactly once: " + arrivals());
        assertEquals(n, arrivals().size());
    }

    @Test
    void stoppingTheWorkerMidFanOutLosesNothingAndDuplicatesNothing() throws Exception {
        slack = new FakeSlack();
        int n = 40;
        try (Database db = open()) {
            enqueue(db, n, 4);
            ChatSender real = slackSender();
            ChatSender slow = (address, reply) -> {
                real.send(address, reply);
                sleep(20);
            };
            OutboxDelivery running = worker(db, slow, new SendPacer(Clock.systemUTC(), Map.of("slack", UNLIMITED)), Clock.systemUTC());
            running.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (slack.posts().size() < 10 && System.currentTimeMillis() < deadline) {
                sleep(5);
            }
            running.close(); // the send in flight finishes and is recorded; the rest wait in the outbox
            int sentBeforeStop = slack.posts().size();
            assertTrue(sentBeforeStop >= 10 && sentBeforeStop < n, "stopped mid fan-out after " + sentBeforeStop);
            assertEquals(n - sentBeforeStop, running.backlog().pending());
        }
        try (Database db = open()) {
            int inDoubt = restartAndFinish(db, d -> worker(d, slackSender(), new SendPacer(Clock.systemUTC(), Map.of("slack", UNLIMITED)),
                    Clock.systemUTC()));
            assertEquals(0, inDoubt, "a clean stop leaves no lease behind");
        }
        assertEquals(n, slack.posts().size());
        assertTrue(arrivals().values().stream().allMatch(count -> count == 1), "exactly once: " + arrivals());
    }

    /**
     * 500 reminders due at once in 10 channels, against a Slack that takes at most 20 posts a
     * second per channel and 60 in the workspace and answers 429 with Retry-After beyond that.
     * The pacer runs the real token buckets with a budget that fits inside those windows.
     */
    @Test
    void aFanOutOf500IsPacedToSlacksLimitsAndDeliversEachOnce() throws Exception {
        int perChannel = 20;
        int perWorkspace = 60;
        slack = new FakeSlack(perChannel, perWorkspace);
        // A bucket lets through burst + rate in any one second: keep that within Slack's window.
        Limits withinTheFake = new Limits(List.of(Rate.perSecond(16, 4)), List.of(Rate.perSecond(50, 10)));
        FanOut result = fanOut(500, new SendPacer(Clock.systemUTC(), Map.of("slack", withinTheFake)));
        double bound = (500.0 - 10) / 50;
        System.out.printf("fan-out, paced: 500 messages in %.1f s (Slack's floor 500/%d = %.1f s, the pacer's budget %.1f s), "
                + "%d answered 429%n", result.seconds, perWorkspace, 500.0 / perWorkspace, bound, result.refused);
        assertTrue(result.refused < 25, "the pacer keeps us under Slack's limits, bar clock jitter: " + result.refused + " 429s");
    }

    /** A smaller fan-out with a pacer that knows no limits: Slack's 429s and Retry-After alone hold it back. */
    @Test
    void withoutPacingRetryAfterAloneStillDeliversEachOnce() throws Exception {
        slack = new FakeSlack(20, 60);
        FanOut result = fanOut(200, new SendPacer(Clock.systemUTC(), Map.of("slack", UNLIMITED)));
        System.out.printf("fan-out, unpaced: 200 messages in %.1f s (Slack's floor %.1f s), %d answered 429%n", result.seconds,
                200.0 / 60, result.refused);
        assertTrue(result.refused > 0, "without pacing Slack refuses some");
    }

    private record FanOut(double seconds, int refused) {}

    private FanOut fanOut(int n, SendPacer pacer) throws Exception {
        try (Database db = open()) {
            enqueue(db, n, 10);
            OutboxDelivery delivery = worker(db, slackSender(), pacer, Clock.systemUTC());
            long start = System.nanoTime();
            delivery.start();
            try {
                long deadline = System.currentTimeMillis() + 45_000;
                while (slack.posts().size() < n && System.currentTimeMillis() < deadline) {
                    sleep(20);
                }
            } finally {
                delivery.close();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(n, slack.posts().size(), "all delivered within 45 s");
            assertEquals(n, arrivals().size(), "none twice");
            assertEquals(new OutboxDelivery.Backlog(0, 0), delivery.backlog());
            assertEquals(0, delivery.inDoubtResends());
            return new FanOut(seconds, slack.rateLimitedPosts());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
