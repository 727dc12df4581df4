package org.mentoringbot.core.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One member's vote for a topic of their group; one per topic and person. */
@Entity
@Table(name = "votes", uniqueConstraints = @UniqueConstraint(name = "uq_vote", columnNames = {"topic_id", "user_id"}))
public class Vote {
    /** Each member has this many votes per round. */
    public static final int PER_MEMBER_AND_ROUND = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    protected Vote() {
        // for JPA
    }

    public Vote(long topicId, long roundId, String userId) {
        this.topicId = topicId;
        this.roundId = roundId;
        this.userId = userId;
    }

    public long topicId() {
        return topicId;
    }

    public long roundId() {
        return roundId;
    }

    public String userId() {
        return userId;
    }
}
