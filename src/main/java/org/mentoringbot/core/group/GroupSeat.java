package org.mentoringbot.core.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A member's seat in a group. One seat per person per round: nobody sits in two groups. */
@Entity
@Table(name = "group_seats", uniqueConstraints = @UniqueConstraint(name = "uq_seat_person", columnNames = {"round_id", "user_id"}))
public class GroupSeat {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    protected GroupSeat() {
        // for JPA
    }

    public GroupSeat(long groupId, long roundId, String userId, String displayName) {
        this.groupId = groupId;
        this.roundId = roundId;
        this.userId = userId;
        this.displayName = displayName;
    }

    public long groupId() {
        return groupId;
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
}
