package org.mentoringbot.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mentoringbot.usecase.ReminderPlans;
import org.mentoringbot.usecase.SendSessionReminders.Planned;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires session reminders with Quartz. The store is Quartz's in-memory one, rebuilt from the
 * sessions table (the source of truth) on start and re-synced every minute, so schedules,
 * reschedules and cancels are picked up without any trigger bookkeeping in the database. Jobs are
 * thin: they hand the plan to {@link ReminderPlans#fire}, whose rules decide what a late
 * fire means, and whose outbox keys make a second fire (after a restart) harmless.
 */
public final class ReminderScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    static final String GROUP = "session-reminders";
    static final String REMINDERS = "reminders";
    static final String OWNER = "owner";

    /** What /health shows. */
    public record Status(boolean running, int pending, Instant lastSync) {}

    private final ReminderPlans reminders;
    private final Clock clock;
    private final Duration syncEvery;
    private final Scheduler scheduler;
    /** Plans fired by this process, so a re-sync does not fire them again (a restart may, once). */
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    /** Other periodic work done on each sync (ending due evaluations, their follow-ups). */
    private final List<Runnable> periodic;
    private volatile Instant lastSync;

    public ReminderScheduler(ReminderPlans reminders, Clock clock, Duration syncEvery) {
        this(reminders, clock, syncEvery, List.of());
    }

    /** @param periodic work to run after every sync, e.g. ending evaluations whose window has passed */
    public ReminderScheduler(ReminderPlans reminders, Clock clock, Duration syncEvery, List<Runnable> periodic) {
        this.reminders = reminders;
        this.periodic = List.copyOf(periodic);
        this.clock = clock;
        this.syncEvery = syncEvery;
        try {
            Properties properties = new Properties();
            // Quartz keeps schedulers by name per JVM: each bot needs its own.
            properties.setProperty("org.quartz.scheduler.instanceName", "mentoring-reminders-" + UUID.randomUUID());
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            properties.setProperty("org.quartz.threadPool.threadCount", "4");
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            properties.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
            this.scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.getContext().put(OWNER, this);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the reminder scheduler: " + e.getMessage(), e);
        }
    }

    /** Starts firing, after building every trigger from the sessions table. */
    public void start() {
        try {
            scheduler.start();
            sync();
            JobDetail job = JobBuilder.newJob(SyncJob.class).withIdentity("sync", "maintenance").build();
            scheduler.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity("sync", "maintenance")
                    .startAt(Date.from(clock.instant().plus(syncEvery)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(syncEvery.toMillis())
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the reminder scheduler: " + e.getMessage(), e);
        }
    }

    /** Makes the triggers match the sessions table: new plans added, plans of moved or cancelled sessions removed. */
    public synchronized void sync() {
        try {
            Instant now = clock.instant();
            Map<String, Planned> wanted = reminders.plan().stream().filter(p -> !fired.contains(p.name()))
                    .collect(Collectors.toMap(Planned::name, p -> p, (a, b) -> a));
            Set<String> scheduled = new HashSet<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (wanted.containsKey(key.getName())) {
                    scheduled.add(key.getName());
                } else {
                    scheduler.deleteJob(key);
                }
            }
            for (Planned planned : wanted.values()) {
                if (!scheduled.contains(planned.name())) {
                    schedule(planned, now);
                }
            }
            lastSync = now;
        } catch (SchedulerException e) {
            LOG.warn("reminder sync failed: {}", e.getMessage());
        }
    }

    private void schedule(Planned planned, Instant now) throws SchedulerException {
        JobDataMap data = new JobDataMap();
        data.put("sessionId", planned.sessionId());
        data.put("sequence", planned.sequence());
        data.put("kind", planned.kind().name());
        data.put("plannedAt", planned.plannedAt().toEpochMilli());
        JobDetail job = JobBuilder.newJob(FireReminderJob.class).withIdentity(planned.name(), GROUP).usingJobData(data).build();
        Instant at = planned.plannedAt().isAfter(now) ? planned.plannedAt() : now;
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(planned.name(), GROUP).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        scheduler.scheduleJob(job, trigger);
    }

    /** Runs the periodic work; one failing task does not keep the others from running. */
    void runPeriodic() {
        for (Runnable task : periodic) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("periodic task failed: {}", e.toString());
            }
        }
    }

    /** Called by the job: fires a plan once in this process. */
    void fire(Planned planned) {
        if (fired.add(planned.name())) {
            int queued = reminders.fire(planned);
            LOG.debug("reminder {} queued for {} people", planned.name(), queued);
        }
    }

    public Status status() {
        try {
            int pending = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).size();
            return new Status(scheduler.isStarted() && !scheduler.isShutdown(), pending, lastSync);
        } catch (SchedulerException e) {
            return new Status(false, 0, lastSync);
        }
    }

    /** For tests and benchmarks: the plans waiting to fire. */
    List<String> pendingNames() throws SchedulerException {
        return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).stream().map(JobKey::getName).sorted().toList();
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("reminder scheduler did not stop cleanly: {}", e.getMessage());
        }
    }
}
