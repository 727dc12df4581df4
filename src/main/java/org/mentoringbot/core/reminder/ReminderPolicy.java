package org.mentoringbot.core.reminder;

import java.time.Duration;
import java.util.List;

/**
 * When reminders go out, from the settings {@code mentoring.reminders.*}.
 *
 * @param before how long before a session members (and the leader, with a preparation note) hear
 *     from the bot, e.g. 24 h and 1 h
 * @param reflectAfter how long after a session ends members are invited to reflect
 * @param followUpAfter how long after the invitation the one gentle follow-up comes
 * @param reflectWindow how long after a session a reflection invitation still makes sense
 */
public record ReminderPolicy(List<Duration> before, Duration reflectAfter, Duration followUpAfter, Duration reflectWindow,
        QuietHours quietHours) {
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(Duration.ofHours(24), Duration.ofHours(1)),
            Duration.ofHours(1), Duration.ofDays(2), Duration.ofDays(7), QuietHours.parse("20:00-07:00"));

    public ReminderPolicy {
        before = before.stream().filter(d -> !d.isNegative() && !d.isZero()).distinct().sorted().toList();
    }
}
