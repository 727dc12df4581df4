package org.mentoringbot.usecase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.reminder.ReminderKind;

/**
 * Where due reminders are written before they are sent (the persisted outbox). The key names the
 * reminder for good, so a job that fires twice, or again after a restart, queues it once.
 */
public interface ReminderOutbox {
    /**
     * What a reminder says, for wording in the recipient's language and zone.
     *
     * @param sessionId the session it is about (0 for the end-of-round reminders)
     * @param late true when it goes out after its planned moment (after downtime)
     * @param agenda topic texts on the session's agenda (leaders' preparation note only; else empty)
     * @param apologies names of members who said they can't come (leaders' preparation note only)
     */
    record Note(ReminderKind kind, long sessionId, int groupNumber, Instant startsAt, Instant endsAt, String place, boolean late,
            List<String> agenda, List<String> apologies, ZoneId zone, Locale locale) {}

    /** @return false when this key was queued before */
    boolean enqueue(String key, Person recipient, Note note, Instant notBefore);
}
