package org.mentoringbot.core.reflection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's private reflection: sense of mastery and feeling safe in decisions (1 to 5), and a note
 * only its author ever sees. One per member and occasion (baseline, a session, end of round);
 * answering again edits it.
 */
@Entity
@Table(name = "reflections", uniqueConstraints = @UniqueConstraint(name = "uq_reflection", columnNames = {"round_id", "user_id", "occasion"}))
public class Reflection {
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 5;
    public static final int MAX_NOTE_LENGTH = 2000;

    /** When a reflection is given. */
    public enum Kind { BASELINE, SESSION, END_OF_ROUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    /** The member's group at the time, for per-group aggregates; null before groups are formed. */
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "session_id")
    private Long sessionId;

    /** "baseline", "end" or "session:&lt;id&gt;": one reflection per occasion (NULLs would not be unique). */
    @Column(nullable = false, length = 40)
    private String occasion;

    @Column(nullable = false)
    private int mastery;

    @Column(nullable = false)
    private int safety;

    /** Private to the author. Never aggregated, never shown to owners or leaders. */
    @Column(length = MAX_NOTE_LENGTH * 4)
    private String note;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Reflection() {
        // for JPA
    }

    public Reflection(long roundId, Long groupId, String userId, Kind kind, Long sessionId, int mastery, int safety, String note,
            Instant answeredAt) {
        if ((kind == Kind.SESSION) != (sessionId != null)) {
            throw new IllegalArgumentException("a session reflection names its session, and only it does");
        }
        this.roundId = roundId;
        this.groupId = groupId;
        this.userId = Objects.requireNonNull(userId);
        this.kind = Objects.requireNonNull(kind);
        this.sessionId = sessionId;
        this.occasion = occasionOf(kind, sessionId);
        this.answeredAt = Objects.requireNonNull(answeredAt);
        change(mastery, safety, note, answeredAt);
    }

    public static String occasionOf(Kind kind, Long sessionId) {
        return switch (kind) {
            case BASELINE -> "baseline";
            case END_OF_ROUND -> "end";
            case SESSION -> "session:" + sessionId;
        };
    }

    /** The author edits their answer; scales stay within 1 to 5. */
    public void change(int mastery, int safety, String note, Instant at) {
        checkScale(mastery);
        checkScale(safety);
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH);
        }
        this.mastery = mastery;
        this.safety = safety;
        this.note = note == null || note.isBlank() ? null : note;
        this.updatedAt = at;
    }

    private static void checkScale(int value) {
        if (value < MIN_SCALE || value > MAX_SCALE) {
            throw new IllegalArgumentException("scale value " + value + " outside " + MIN_SCALE + "-" + MAX_SCALE);
        }
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public Long groupId() {
        return groupId;
    }

    public String userId() {
        return userId;
    }

    public Kind kind() {
        return kind;
    }

    public Long sessionId() {
        return sessionId;
    }

    public int mastery() {
        return mastery;
    }

    public int safety() {
        return safety;
    }

    /** Only for the author's own view and export. */
    public String note() {
        return note;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
