package org.mentoringbot.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One proactive message in the outbox: where it goes, what it says (serialised by the delivery
 * side, opaque here), and how far its delivery has got.
 *
 * <p>A sender takes a lease on the message before sending ({@link #claim}) and records the outcome
 * after; while the lease runs nobody else sends it. A lease that runs out without an outcome means
 * the sender died mid-send: the message is sent again, and may then arrive twice.
 */
@Entity
@Table(name = "outbox",
        uniqueConstraints = @UniqueConstraint(name = "uq_outbox_key", columnNames = "idempotency_key"),
        indexes = @Index(name = "ix_outbox_due", columnList = "status, next_attempt_at"))
public class OutboxMessage {
    public static final int MAX_KEY_LENGTH = 300;
    /** A serialised notice is a message key and a few short values; far below this. */
    public static final int MAX_MESSAGE_LENGTH = 16_000;
    static final int MAX_ERROR_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = MAX_KEY_LENGTH)
    private String idempotencyKey;

    @Column(nullable = false, length = 200)
    private String workspace;

    @Column(nullable = false, length = 200)
    private String conversation;

    /** The serialised message; emptied once sent or given up on, since nobody reads the words after that. */
    @Column(name = "message", length = MAX_MESSAGE_LENGTH)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status;

    /** Sends started, including one cut short by a crash. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claim_token", length = 40)
    private String claimToken;

    /** When the message was first meant to go out; retries give up counting from here. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The platform's error code of the last failed attempt; never message content. */
    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    @Column(nullable = false)
    private long version;

    /** Set by {@link #claim} when an earlier sender's lease ran out without an outcome. */
    @Transient
    private boolean previousSendInDoubt;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String idempotencyKey, String workspace, String conversation, String message, Instant dueAt,
            Instant createdAt) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (message == null || message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("a message is at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        this.idempotencyKey = idempotencyKey;
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.message = message;
        this.status = OutboxStatus.PENDING;
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.nextAttemptAt = dueAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Takes the lease for one send attempt.
     *
     * @return false when it is not this message's turn: already sent or failed, not yet due, or leased to another sender
     */
    public boolean claim(String token, Instant now, Duration lease) {
        if (status != OutboxStatus.PENDING || nextAttemptAt.isAfter(now) || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        previousSendInDoubt = claimedUntil != null;
        claimToken = Objects.requireNonNull(token);
        claimedUntil = now.plus(lease);
        attempts++;
        return true;
    }

    /** The platform took it. Recorded even if our lease ran out meanwhile: it was delivered all the same. */
    public void sent(Instant at) {
        if (status == OutboxStatus.SENT) {
            return;
        }
        status = OutboxStatus.SENT;
        sentAt = at;
        message = null;
        claimedUntil = null;
        claimToken = null;
    }

    /** Try again at {@code at}; false (and nothing changes) when the lease is no longer {@code token}'s. */
    public boolean retryAt(String token, Instant at, String errorCode) {
        if (!leasedTo(token)) {
            return false;
        }
        nextAttemptAt = at;
        lastError = shortCode(errorCode);
        claimedUntil = null;
        claimToken = null;
        return true;
    }

    /** Give up; false (and nothing changes) when the lease is no longer {@code token}'s. */
    public boolean fail(String token, String errorCode) {
        if (!leasedTo(token)) {
            return false;
        }
        status = OutboxStatus.FAILED;
        message = null;
        lastError = shortCode(errorCode);
        claimedUntil = null;
        claimToken = null;
        return true;
    }

    private boolean leasedTo(String token) {
        return status == OutboxStatus.PENDING && token != null && token.equals(claimToken);
    }

    private static String shortCode(String code) {
        String value = code == null || code.isBlank() ? "unknown" : code.strip();
        return value.length() > MAX_ERROR_LENGTH ? value.substring(0, MAX_ERROR_LENGTH) : value;
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String workspace() {
        return workspace;
    }

    public String conversation() {
        return conversation;
    }

    /** The serialised message, or null once sent or failed. */
    public String message() {
        return message;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    /** True right after a {@link #claim} that took over a lease which ran out without an outcome. */
    public boolean previousSendInDoubt() {
        return previousSendInDoubt;
    }
}
