package org.mentoringbot.core.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Hours of the day, in a person's own zone, when the bot sends them nothing (default 20:00 to
 * 07:00). A span may wrap midnight. {@link #NONE} turns them off.
 */
public record QuietHours(LocalTime from, LocalTime until) {
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Reads {@code 20:00-07:00}; empty or blank means no quiet hours. */
    public static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("quiet hours look like 20:00-07:00, not '" + text + "'");
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quiet hours look like 20:00-07:00, not '" + text + "'", e);
        }
    }

    public boolean isNone() {
        return from.equals(until);
    }

    /** True when this wall-clock time is quiet. */
    public boolean contains(LocalTime time) {
        if (isNone()) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
    }

    /**
     * The first instant at or after {@code at} that is not quiet in {@code zone}: {@code at} itself
     * when it is allowed, otherwise the end of the quiet span (on the right day, across DST).
     */
    public Instant firstAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1).with(until);
        }
        return end.toInstant();
    }

    /** The span as typed, for logs and /health. */
    public Optional<String> describe() {
        return isNone() ? Optional.empty() : Optional.of(from + "-" + until);
    }
}
