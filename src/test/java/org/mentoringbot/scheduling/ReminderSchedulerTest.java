package org.mentoringbot.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.reminder.QuietHours;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.session.MentoringSession;

/** Quartz firing for real, a few seconds ahead, on a SQLite file. */
class ReminderSchedulerTest {
    /** Reminders 3 s before, no quiet hours: so a test sees one fire within seconds, whatever the hour. */
    static final ReminderPolicy SOON = new ReminderPolicy(List.of(Duration.ofSeconds(3)), Duration.ofHours(1), Duration.ofDays(2),
            Duration.ofDays(7), QuietHours.NONE);

    @TempDir
    Path dir;
    ReminderWorld world;
    ReminderScheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        world.close();
    }

    private void awaitOutbox(int rows) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (world.outbox().size() < rows && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(rows, world.outbox().size());
    }

    @Test
    void aReminderFiresAtItsMomentAndIsQueuedForEveryMember() throws Exception {
        world = new ReminderWorld(dir, 3);
        world.now = null;
        MentoringSession session = world.session(Instant.now().plusSeconds(5), Duration.ofMinutes(30), null);
        scheduler = new ReminderScheduler(world.reminders(SOON), world.clock, Duration.ofMinutes(1));
        scheduler.start();
        assertTrue(scheduler.status().running());
        assertTrue(scheduler.status().pending() >= 2, "member reminder and leader note planned: " + scheduler.status());

        awaitOutbox(4);
        var plannedAt = session.startsAt().minusSeconds(3);
        for (var row : world.outbox()) {
            assertTrue(!row.due().isBefore(plannedAt), row + " is not early");
        }
    }

    @Test
    void syncPicksUpNewSessionsAndForgetsCancelledOnes() throws Exception {
        world = new ReminderWorld(dir, 2);
        world.now = null;
        scheduler = new ReminderScheduler(world.reminders(SOON), world.clock, Duration.ofMinutes(1));
        scheduler.start();
        assertEquals(0, scheduler.status().pending());

        MentoringSession session = world.session(Instant.now().plus(Duration.ofHours(2)), Duration.ofMinutes(30), null);
        scheduler.sync();
        int planned = scheduler.status().pending();
        assertEquals(4, planned, "before-session, leader note, reflection invitation and follow-up");

        world.db.transactions().inTransaction(() -> {
            world.db.sessions().byId(session.id()).orElseThrow().cancel();
            return null;
        });
        scheduler.sync();
        assertEquals(0, scheduler.status().pending());
    }

    @Test
    void afterARestartAReminderMissedWhileDownIsSentOnceAndARestartAgainSendsNothingTwice() throws Exception {
        world = new ReminderWorld(dir, 2);
        world.now = null;
        // The reminder was due 2 s ago, while the bot was down; the session starts in a minute.
        world.session(Instant.now().plusSeconds(60), Duration.ofMinutes(30), null);
        ReminderPolicy justMissed = new ReminderPolicy(List.of(Duration.ofSeconds(62)), Duration.ofHours(1), Duration.ofDays(2),
                Duration.ofDays(7), QuietHours.NONE);
        scheduler = new ReminderScheduler(world.reminders(justMissed), world.clock, Duration.ofMinutes(1));
        scheduler.start();
        awaitOutbox(3);
        assertTrue(world.outbox().get(0).message().contains("bot was offline"));
        scheduler.close();

        scheduler = new ReminderScheduler(world.reminders(justMissed), world.clock, Duration.ofMinutes(1));
        scheduler.start();
        Thread.sleep(1500);
        assertEquals(3, world.outbox().size(), "the second restart queues nothing again");
    }
}
