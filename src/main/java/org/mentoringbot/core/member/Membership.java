package org.mentoringbot.core.member;

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

/** One person's place in one round. Joining is opt-in every round; leaving deletes the row. */
@Entity
@Table(name = "memberships", uniqueConstraints = @UniqueConstraint(name = "uq_membership_person", columnNames = {"round_id", "user_id"}))
public class Membership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /** Teacher, special educator, assistant...: helps mix groups. Null when not said. */
    @Column(name = "role_kind", length = 40)
    private String roleKind;

    /** They asked for no reminders (other messages still come). */
    @Column(name = "reminders_muted", nullable = false)
    private boolean remindersMuted;

    /** No messages to them before this day; null when not paused. */
    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    protected Membership() {
        // for JPA
    }

    public Membership(long roundId, Person person, MembershipStatus status, Instant joinedAt) {
        this.roundId = roundId;
        this.userId = person.userId();
        this.displayName = person.displayName();
        this.status = Objects.requireNonNull(status);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public String roleKind() {
        return roleKind;
    }

    public void describeRole(String roleKind) {
        this.roleKind = roleKind;
    }

    public LocalDate pausedUntil() {
        return pausedUntil;
    }

    public void pauseUntil(LocalDate day) {
        this.pausedUntil = day;
    }

    /** True when messages to them should wait, on the given day. */
    public boolean isPausedOn(LocalDate day) {
        return pausedUntil != null && day.isBefore(pausedUntil);
    }

    public boolean remindersMuted() {
        return remindersMuted;
    }

    public void muteReminders(boolean muted) {
        this.remindersMuted = muted;
    }

    /** From the waiting list into the round. */
    public void enrol() {
        this.status = MembershipStatus.ENROLLED;
    }

    public Person person(String workspace) {
        return new Person(workspace, userId, displayName);
    }
}
