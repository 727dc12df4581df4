package org.mentoringbot.core.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import org.mentoringbot.core.member.Person;

/** A school's mentoring program: one per workspace, owned by the person who set it up. */
@Entity
@Table(name = "programs", uniqueConstraints = @UniqueConstraint(name = "uq_program_workspace", columnNames = "workspace"))
public class Program {
    /** Longest program name we store; longer names are refused, never cut silently. */
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String workspace;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "owner_user_id", nullable = false, length = 100)
    private String ownerUserId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The leaders' private channel, once made. */
    @Column(name = "leaders_channel_id", length = 100)
    private String leadersChannelId;

    protected Program() {
        // for JPA
    }

    public Program(Person owner, String name, Instant createdAt) {
        this.workspace = owner.workspace();
        this.ownerUserId = owner.userId();
        this.ownerName = owner.displayName();
        this.name = Objects.requireNonNull(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String workspace() {
        return workspace;
    }

    public String name() {
        return name;
    }

    public String ownerUserId() {
        return ownerUserId;
    }

    public String ownerName() {
        return ownerName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String leadersChannelId() {
        return leadersChannelId;
    }

    public void gatherLeadersIn(String channelId) {
        this.leadersChannelId = channelId;
    }

    public boolean isOwnedBy(Person person) {
        return workspace.equals(person.workspace()) && ownerUserId.equals(person.userId());
    }
}
