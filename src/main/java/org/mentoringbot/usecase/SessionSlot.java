package org.mentoringbot.usecase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.SessionTime;

/**
 * The rules every planned or moved session keeps: a length from 15 minutes to 8 hours, a place
 * that fits, a start that exists on the clock, lies in the future and leaves the leader free.
 * Each rule throws {@link Refused} with what was wrong.
 */
final class SessionSlot {
    /**
     * When a session is wanted, as the user gave it.
     *
     * @param offset the UTC offset the user (or a button) fixed, e.g. +02:00 for summer time, or null
     * @param zone the user's time zone, in which {@code date} and {@code time} are read without an offset
     */
    record Wanted(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {
        Wanted {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
        }
    }

    private SessionSlot() {}

    static void checkLength(Duration length) {
        if (length.compareTo(MentoringSession.SHORTEST) < 0 || length.compareTo(MentoringSession.LONGEST) > 0) {
            throw new Refused(new SessionProblem.BadLength(length, MentoringSession.SHORTEST, MentoringSession.LONGEST));
        }
    }

    /** The place as stored: outer spaces trimmed, nothing for blank. Length counts characters, not UTF-16 units. */
    static String place(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String stripped = place.strip();
        if (stripped.codePointCount(0, stripped.length()) > MentoringSession.MAX_PLACE_LENGTH) {
            throw new Refused(new SessionProblem.PlaceTooLong(MentoringSession.MAX_PLACE_LENGTH));
        }
        return stripped;
    }

    /**
     * The instant the wanted time means: exactly the one given with an offset, else the only one
     * the zone has then. A time the clocks skip or show twice is asked about, never shifted.
     */
    static Instant start(MentoringGroup group, Wanted wanted, Instant now) {
        LocalDateTime local = LocalDateTime.of(wanted.date(), wanted.time());
        if (wanted.offset() != null) {
            Instant exact = local.toInstant(wanted.offset());
            checkFuture(exact, now);
            return exact;
        }
        // The latest instant the words could mean: when even that has passed, asking which is pointless.
        checkFuture(ZonedDateTime.ofLocal(local, wanted.zone(), null).withLaterOffsetAtOverlap().toInstant(), now);
        SessionTime.Resolution resolution = SessionTime.resolve(wanted.date(), wanted.time(), wanted.zone());
        if (resolution instanceof SessionTime.Resolution.InGap gap) {
            Instant moved = ZonedDateTime.ofLocal(local, wanted.zone(), null).toInstant();
            throw new Refused(new SessionProblem.TimeInGap(group, wanted.date(), wanted.time(), wanted.zone(),
                    gap.firstValidTimeAfter(), moved));
        }
        if (resolution instanceof SessionTime.Resolution.Ambiguous twice) {
            throw new Refused(new SessionProblem.TimeAmbiguous(group, wanted.date(), wanted.time(), wanted.zone(),
                    twice.earlier(), twice.later()));
        }
        Instant start = ((SessionTime.Resolution.Exact) resolution).instant();
        checkFuture(start, now);
        return start;
    }

    private static void checkFuture(Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new Refused(new SessionProblem.InPast(start));
        }
    }

    /**
     * The leader must be free: no standing session of any group they lead may share a minute with
     * this one. {@code moving} is the session being moved, which does not count.
     */
    static void checkFree(List<MentoringGroup> leadersGroups, MentoringGroup group, List<MentoringSession> theirSessions,
            Instant start, Instant end, MentoringSession moving) {
        theirSessions.stream()
                .filter(s -> moving == null || !s.id().equals(moving.id()))
                .filter(s -> s.overlaps(start, end))
                .min(Comparator.comparing((MentoringSession s) -> s.groupId() != group.id()).thenComparing(MentoringSession::startsAt))
                .ifPresent(clash -> {
                    int number = leadersGroups.stream().filter(g -> g.id() == clash.groupId()).findFirst()
                            .map(MentoringGroup::number).orElse(group.number());
                    throw new Refused(new SessionProblem.Overlaps(clash, number, clash.groupId() == group.id()));
                });
    }
}
