package org.mentoringbot.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Re-reads the sessions table every minute so new, moved and cancelled sessions are picked up. */
@DisallowConcurrentExecution
public final class SyncJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ((ReminderScheduler) context.getScheduler().getContext().get(ReminderScheduler.OWNER)).sync();
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("reminder sync failed", e, false);
        }
    }
}
