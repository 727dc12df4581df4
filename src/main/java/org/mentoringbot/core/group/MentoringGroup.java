package org.mentoringbot.core.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A small group of a round, with one leader and a private place to talk. */
@Entity
@Table(name = "mentoring_groups", uniqueConstraints = @UniqueConstraint(name = "uq_group_number", columnNames = {"round_id", "number"}))
public class MentoringGroup {
    /** Stands in for a leader who asked to be forgotten. */
    public static final String FORGOTTEN = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(nullable = false)
    private int number;

    @Column(name = "leader_user_id", nullable = false, length = 100)
    private String leaderUserId;

    @Column(name = "leader_name", nullable = false, length = 200)
    private String leaderName;

    /** The platform's channel (or group DM) for the group, once made. */
    @Column(name = "channel_id", length = 100)
    private String channelId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MentoringGroup() {
        // for JPA
    }

    public MentoringGroup(long roundId, int number, String leaderUserId, String leaderName, Instant createdAt) {
        this.roundId = roundId;
        this.number = number;
        this.leaderUserId = leaderUserId;
        this.leaderName = leaderName;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public int number() {
        return number;
    }

    public String leaderUserId() {
        return leaderUserId;
    }

    public String leaderName() {
        return leaderName;
    }

    public String channelId() {
        return channelId;
    }

    public void placeIn(String channelId) {
        this.channelId = channelId;
    }

    /** The leader of a past group asked to be forgotten: the group's history keeps no trace of who led it. */
    public void forgetLeader() {
        this.leaderUserId = FORGOTTEN;
        this.leaderName = FORGOTTEN;
    }
}
