package org.mentoringbot.core.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Two people the owner asked never to be put in one group (say, someone and their line manager). */
@Entity
@Table(name = "never_together", uniqueConstraints = @UniqueConstraint(name = "uq_never_together", columnNames = {"program_id", "user_a", "user_b"}))
public class NeverTogether {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "user_a", nullable = false, length = 100)
    private String userA;

    @Column(name = "user_b", nullable = false, length = 100)
    private String userB;

    protected NeverTogether() {
        // for JPA
    }

    /** The pair is stored in id order, so (a, b) and (b, a) are the same row. */
    public NeverTogether(long programId, String one, String other) {
        if (one.equals(other)) {
            throw new IllegalArgumentException("a person is always in their own group");
        }
        this.programId = programId;
        this.userA = one.compareTo(other) < 0 ? one : other;
        this.userB = one.compareTo(other) < 0 ? other : one;
    }

    public long programId() {
        return programId;
    }

    public String userA() {
        return userA;
    }

    public String userB() {
        return userB;
    }
}
