package org.mentoringbot.core.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Decides, for one reminder and one person, whether and when it is sent. Rules, not scheduler
 * defaults: a reminder whose moment has passed is sent once, late, while still useful, and dropped
 * after; quiet hours move it to the first allowed minute if that is still useful; a pause or a mute
 * drops it. So a restart after downtime never produces a burst of stale catch-up messages.
 */
public final class ReminderRules {
    /** Why a reminder is not sent. */
    public enum DropReason { MUTED, PAUSED, NO_LONGER_USEFUL, QUIET_UNTIL_TOO_LATE }

    /** The outcome for one person. */
    public sealed interface Decision {}

    /** Send at {@code at}; {@code late} when it is sent after its planned moment (after downtime). */
    public record Send(Instant at, boolean late) implements Decision {}

    public record Drop(DropReason reason) implements Decision {}

    /**
     * What we know about the recipient when deciding.
     *
     * @param pausedUntil the first day they want messages again, or null
     */
    public record Recipient(ZoneId zone, LocalDate pausedUntil, boolean muted) {
        public Recipient {
            Objects.requireNonNull(zone, "zone");
        }
    }

    private final QuietHours quietHours;

    public ReminderRules(QuietHours quietHours) {
        this.quietHours = quietHours;
    }

    /**
     * @param plannedAt when the reminder was meant to go out
     * @param usefulUntil after this instant the reminder makes no sense (the session has started, the
     *     reflection window is over)
     * @param now the scheduler's present
     */
    public Decision decide(Instant plannedAt, Instant usefulUntil, Instant now, Recipient recipient) {
        if (recipient.muted()) {
            return new Drop(DropReason.MUTED);
        }
        Instant at = plannedAt;
        boolean late = false;
        if (now.isAfter(plannedAt)) {
            at = now;
            late = true;
        }
        if (!at.isBefore(usefulUntil)) {
            return new Drop(DropReason.NO_LONGER_USEFUL);
        }
        Instant allowed = quietHours.firstAllowed(at, recipient.zone());
        if (!allowed.isBefore(usefulUntil)) {
            return new Drop(DropReason.QUIET_UNTIL_TOO_LATE);
        }
        LocalDate day = allowed.atZone(recipient.zone()).toLocalDate();
        if (recipient.pausedUntil() != null && day.isBefore(recipient.pausedUntil())) {
            return new Drop(DropReason.PAUSED);
        }
        return new Send(allowed, late);
    }
}
