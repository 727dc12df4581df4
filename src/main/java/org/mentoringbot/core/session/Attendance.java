package org.mentoringbot.core.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Whether a member came to a session, as the leader marked it for the group's own record. A session
 * without marks counts everyone as present (the default the leader only corrects).
 */
@Entity
@Table(name = "attendance", uniqueConstraints = @UniqueConstraint(name = "uq_attendance", columnNames = {"session_id", "user_id"}))
public class Attendance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(nullable = false)
    private boolean present;

    protected Attendance() {
        // for JPA
    }

    public Attendance(long sessionId, String userId, boolean present) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.present = present;
    }

    public long sessionId() {
        return sessionId;
    }

    public String userId() {
        return userId;
    }

    public boolean present() {
        return present;
    }

    public void mark(boolean present) {
        this.present = present;
    }
}
