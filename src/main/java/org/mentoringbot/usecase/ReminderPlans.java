package org.mentoringbot.usecase;

import java.util.List;
import org.mentoringbot.usecase.SendSessionReminders.Planned;

/** What a scheduler needs of reminders: the current plans, and firing one when its moment comes. */
public interface ReminderPlans {
    /** Every reminder that may still need sending, recomputed from the sessions table. */
    List<Planned> plan();

    /** Queues a due plan for everyone it concerns; returns how many were queued. */
    int fire(Planned planned);
}
