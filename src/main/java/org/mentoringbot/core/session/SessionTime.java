package org.mentoringbot.core.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * Turns the date and time a user typed, in their own time zone, into an instant.
 *
 * <p>Unlike {@link java.time.ZonedDateTime#of}, it never moves a time silently: a time that does
 * not exist (clocks jump forward) or exists twice (clocks fall back) is reported, so the caller can
 * ask the user instead of booking a session an hour off.
 */
public final class SessionTime {

    private SessionTime() {
    }

    /** What a typed wall-clock time means in a zone: one instant, none, or two. */
    public sealed interface Resolution {

        /** The time exists exactly once. */
        record Exact(Instant instant) implements Resolution {
            public Exact {
                Objects.requireNonNull(instant, "instant");
            }
        }

        /**
         * The time falls in a spring-forward gap and never shows on a clock that day.
         *
         * @param firstValidTimeAfter the wall-clock time the clocks jump to, e.g. 03:00
         */
        record InGap(LocalTime firstValidTimeAfter) implements Resolution {
            public InGap {
                Objects.requireNonNull(firstValidTimeAfter, "firstValidTimeAfter");
            }
        }

        /**
         * The time falls in a fall-back overlap and shows twice; the user must choose.
         *
         * @param earlier the first time, still on summer time
         * @param later the second time, after the clocks went back
         */
        record Ambiguous(Instant earlier, Instant later) implements Resolution {
            public Ambiguous {
                Objects.requireNonNull(earlier, "earlier");
                Objects.requireNonNull(later, "later");
                if (!earlier.isBefore(later)) {
                    throw new IllegalArgumentException("earlier must be before later");
                }
            }
        }
    }

    /** Resolves {@code date} at {@code time} as shown on a wall clock in {@code zone}. */
    public static Resolution resolve(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return new Resolution.Exact(local.toInstant(offsets.get(0)));
        }
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition.isGap()) {
            return new Resolution.InGap(transition.getDateTimeAfter().toLocalTime());
        }
        return new Resolution.Ambiguous(
                local.toInstant(transition.getOffsetBefore()),
                local.toInstant(transition.getOffsetAfter()));
    }
}
