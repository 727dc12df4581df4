package org.mentoringbot.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Every minute: re-reads the sessions table (new, moved, cancelled sessions) and runs the periodic work. */
@DisallowConcurrentExecution
public final class SyncJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ReminderScheduler owner = (ReminderScheduler) context.getScheduler().getContext().get(ReminderScheduler.OWNER);
            owner.sync();
            owner.runPeriodic();
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("reminder sync failed", e, false);
        }
    }
}
