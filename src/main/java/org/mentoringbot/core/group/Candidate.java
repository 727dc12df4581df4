package org.mentoringbot.core.group;

import java.util.Objects;

/**
 * A person who may be placed in a group.
 *
 * @param personId the person's id, unique within a round
 * @param roleKind what the person works as, such as "teacher", "special-educator" or
 *     "assistant"; {@code null} when unknown
 */
public record Candidate(String personId, String roleKind) {

    public Candidate {
        Objects.requireNonNull(personId, "personId");
    }
}
