package org.mentoringbot.core.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A group's meeting: when (UTC instants, shown in each user's zone), where, and whether it still
 * stands. The sessions table is the source of truth for reminders: they can always be rebuilt from it.
 */
@Entity
@Table(name = "sessions")
public class MentoringSession {
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(8);
    public static final int MAX_PLACE_LENGTH = 300;

    /** Whether the session still stands. */
    public enum Status { SCHEDULED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** A room or a meeting link; null when not said. */
    @Column(length = MAX_PLACE_LENGTH)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** Calendar SEQUENCE: raised on every change so calendars update the same event. */
    @Column(nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MentoringSession() {
        // for JPA
    }

    public MentoringSession(long groupId, long roundId, Instant startsAt, Instant endsAt, String place, Instant createdAt) {
        checkTimes(startsAt, endsAt);
        this.groupId = groupId;
        this.roundId = roundId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.status = Status.SCHEDULED;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    private static void checkTimes(Instant startsAt, Instant endsAt) {
        Duration length = Duration.between(startsAt, endsAt);
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a session lasts from " + SHORTEST + " to " + LONGEST + ", not " + length);
        }
    }

    public Long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long roundId() {
        return roundId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public Status status() {
        return status;
    }

    public int sequence() {
        return sequence;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /** True when this session and the given time span share any minute. */
    public boolean overlaps(Instant start, Instant end) {
        return !isCancelled() && start.isBefore(endsAt) && end.isAfter(startsAt);
    }

    /** A stable calendar UID, so a reschedule updates the same event in everyone's calendar. */
    public String calendarUid() {
        return "session-" + id + "@mentoring-bot";
    }

    public void reschedule(Instant newStart, Instant newEnd, String newPlace) {
        checkTimes(newStart, newEnd);
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.place = newPlace;
        this.sequence++;
    }

    public void cancel() {
        this.status = Status.CANCELLED;
        this.sequence++;
    }
}
