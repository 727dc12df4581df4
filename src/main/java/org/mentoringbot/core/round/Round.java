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
import java.util.Objects;

/** About half a year of group mentoring within a program. Rounds are numbered from 1. */
@Entity
@Table(name = "rounds", uniqueConstraints = @UniqueConstraint(name = "uq_round_number", columnNames = {"program_id", "number"}))
public class Round {
    public static final int DEFAULT_GROUP_SIZE = 5;

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

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Round() {
        // for JPA
    }

    public Round(long programId, int number, Instant openedAt) {
        if (number < 1) {
            throw new IllegalArgumentException("rounds are numbered from 1");
        }
        this.programId = programId;
        this.number = number;
        this.state = RoundState.ENROLLING;
        this.groupSize = DEFAULT_GROUP_SIZE;
        this.openedAt = Objects.requireNonNull(openedAt);
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
}
