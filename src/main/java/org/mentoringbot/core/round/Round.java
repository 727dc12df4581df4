package org.mentoringbot.core.round;

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
import java.time.LocalDate;
import java.util.Objects;

/** About half a year of group mentoring within a program. Rounds are numbered from 1. */
@Entity
@Table(name = "rounds", uniqueConstraints = @UniqueConstraint(name = "uq_round_number", columnNames = {"program_id", "number"}))
public class Round {
    public static final int DEFAULT_GROUP_SIZE = 5;
    public static final int MIN_GROUP_SIZE = 3;
    public static final int MAX_GROUP_SIZE = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundState state;

    @Column(name = "group_size", nullable = false)
    private int groupSize;

    /** Most people who may be enrolled at once; null means no limit. */
    @Column(name = "capacity")
    private Integer capacity;

    @Column(length = 120)
    private String name;

    /** The last day of the round as the owner planned it; null when open-ended. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** When the owner closed the round and its evaluation began; null before (and for rounds closed before this was kept). */
    @Column(name = "evaluating_since")
    private Instant evaluatingSince;

    protected Round() {
        // for JPA
    }

    public Round(long programId, int number, Instant openedAt) {
        this(programId, number, null, null, openedAt);
    }

    public Round(long programId, int number, String name, LocalDate endsOn, Instant openedAt) {
        if (number < 1) {
            throw new IllegalArgumentException("rounds are numbered from 1");
        }
        this.programId = programId;
        this.number = number;
        this.state = RoundState.ENROLLING;
        this.groupSize = DEFAULT_GROUP_SIZE;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.name = name;
        this.endsOn = endsOn;
    }

    public Long id() {
        return id;
    }

    public long programId() {
        return programId;
    }

    public int number() {
        return number;
    }

    public RoundState state() {
        return state;
    }

    public int groupSize() {
        return groupSize;
    }

    public Integer capacity() {
        return capacity;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public boolean acceptsMembers() {
        return state.acceptsMembers();
    }

    /** The owner's name for the round, or null to call it by its number. */
    public String name() {
        return name;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    /** True when the round has room for one more enrolled member. */
    public boolean hasRoomFor(long enrolled) {
        return capacity == null || enrolled < capacity;
    }

    public void changeGroupSize(int size) {
        if (size < MIN_GROUP_SIZE || size > MAX_GROUP_SIZE) {
            throw new IllegalArgumentException("group size " + size);
        }
        this.groupSize = size;
    }

    public void changeCapacity(Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** Groups are formed: the round is under way. */
    public void start() {
        if (state == RoundState.ENROLLING) {
            state = RoundState.RUNNING;
        }
    }

    /** The owner ends the round: members give their end-of-round reflection. */
    public void close() {
        if (state == RoundState.ENROLLING || state == RoundState.RUNNING) {
            state = RoundState.EVALUATING;
        }
    }

    /** Closes the round at {@code at}: the evaluation window is counted from then. */
    public void close(Instant at) {
        if (state == RoundState.ENROLLING || state == RoundState.RUNNING) {
            evaluatingSince = Objects.requireNonNull(at);
        }
        close();
    }

    /** When the evaluation began, or null. */
    public Instant evaluatingSince() {
        return evaluatingSince;
    }

    /** The evaluation is over; only history remains. */
    public void archive() {
        state = RoundState.CLOSED;
    }
}
