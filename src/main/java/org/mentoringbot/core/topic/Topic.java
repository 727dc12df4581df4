package org.mentoringbot.core.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A challenge a member wants to talk about in their group. Only the group sees topics; an owner
 * only ever sees counts. The author is kept for the author alone (to see, edit, export or erase
 * their own topics); with {@code anonymous} even the group never sees who it was.
 */
@Entity
@Table(name = "topics")
public class Topic {
    public static final int MAX_TEXT_LENGTH = 500;

    /** Where the topic is on the group's board. */
    public enum Status { OPEN, DISCUSSED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "author_user_id", nullable = false, length = 100)
    private String authorUserId;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false, length = MAX_TEXT_LENGTH * 4)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** The session whose agenda the leader put this topic on; null while not on an agenda. */
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Topic() {
        // for JPA
    }

    public Topic(long groupId, long roundId, String authorUserId, boolean anonymous, String text, Instant createdAt) {
        this.groupId = groupId;
        this.roundId = roundId;
        this.authorUserId = Objects.requireNonNull(authorUserId);
        this.anonymous = anonymous;
        this.text = Objects.requireNonNull(text);
        this.status = Status.OPEN;
        this.createdAt = Objects.requireNonNull(createdAt);
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

    /** Only for the author's own view and data export: never show it to anyone else. */
    public String authorUserId() {
        return authorUserId;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void putOnAgendaOf(Long sessionId) {
        this.sessionId = sessionId;
    }

    public void discussed() {
        this.status = Status.DISCUSSED;
    }

    public void withdraw() {
        this.status = Status.WITHDRAWN;
        this.sessionId = null;
    }

    /** The leader puts a discussed topic back: it is open again, on no agenda until one is set. */
    public void reopen() {
        if (status == Status.WITHDRAWN) {
            throw new IllegalStateException("a withdrawn topic stays withdrawn");
        }
        this.status = Status.OPEN;
        this.sessionId = null;
    }
}
