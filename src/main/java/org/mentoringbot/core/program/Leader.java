package org.mentoringbot.core.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.mentoringbot.core.member.Person;

/** A teacher the owner named to lead groups in a program. Leaders stay leaders across rounds. */
@Entity
@Table(name = "leaders", uniqueConstraints = @UniqueConstraint(name = "uq_leader", columnNames = {"program_id", "user_id"}))
public class Leader {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Leader() {
        // for JPA
    }

    public Leader(long programId, Person person, Instant addedAt) {
        this.programId = programId;
        this.userId = person.userId();
        this.displayName = person.displayName();
        this.addedAt = addedAt;
    }

    public long programId() {
        return programId;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
