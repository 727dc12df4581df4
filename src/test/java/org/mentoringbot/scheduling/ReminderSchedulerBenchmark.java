package org.mentoringbot.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.usecase.ReminderPlans;
import org.mentoringbot.usecase.SendSessionReminders.Planned;

/**
 * How late Quartz fires reminders when 100,000 are pending, and how long building them takes.
 * Run on demand (README); it measures, it asserts nothing about time.
 */
@Tag("benchmark")
class ReminderSchedulerBenchmark {
    @Test
    void firingLatenessWith100000PendingReminders() throws Exception {
        run(10_000, Duration.ofSeconds(10));
        run(100_000, Duration.ofSeconds(30));
    }

    private static void run(int count, Duration window) throws Exception {
        Instant firstDue = Instant.now().plusSeconds(20);
        List<Planned> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long offset = window.toMillis() * i / count;
            plans.add(new Planned(i, 0, ReminderKind.BEFORE_SESSION, firstDue.plusMillis(offset)));
        }
        long[] lateness = new long[count];
        AtomicInteger fired = new AtomicInteger();
        ReminderPlans synthetic = new ReminderPlans() {
            @Override
            public List<Planned> plan() {
                return plans;
            }

            @Override
            public int fire(Planned planned) {
                lateness[(int) planned.sessionId()] = System.currentTimeMillis() - planned.plannedAt().toEpochMilli();
                fired.incrementAndGet();
                return 1;
            }
        };
        try (ReminderScheduler scheduler = new ReminderScheduler(synthetic, Clock.systemUTC(), Duration.ofHours(1))) {
            long start = System.nanoTime();
            scheduler.start();
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            long deadline = System.currentTimeMillis() + 20_000 + window.toMillis() + 60_000;
            while (fired.get() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            long[] sorted = lateness.clone();
            Arrays.sort(sorted);
            System.out.printf("reminders=%d over %ds: build+first sync %d ms; fired %d; lateness median %d ms, p99 %d ms, max %d ms%n",
                    count, window.toSeconds(), buildMillis, fired.get(), sorted[count / 2], sorted[count * 99 / 100], sorted[count - 1]);
        }
    }
}
