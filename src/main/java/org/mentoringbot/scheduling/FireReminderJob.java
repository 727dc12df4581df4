package org.mentoringbot.scheduling;

import java.time.Instant;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.usecase.SendSessionReminders.Planned;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** A thin trigger: reads the plan from the job data and hands it to the use case. */
@DisallowConcurrentExecution
public final class FireReminderJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        Planned planned = new Planned(data.getLong("sessionId"), data.getInt("sequence"), ReminderKind.valueOf(data.getString("kind")),
                Instant.ofEpochMilli(data.getLong("plannedAt")));
        try {
            ((ReminderScheduler) context.getScheduler().getContext().get(ReminderScheduler.OWNER)).fire(planned);
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("reminder " + planned.name() + " failed", e, false);
        }
    }
}
