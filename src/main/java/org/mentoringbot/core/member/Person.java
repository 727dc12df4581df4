package org.mentoringbot.core.member;

import java.util.Objects;

/**
 * Someone in a workspace, as the chat platform identifies them.
 *
 * @param workspace the platform and workspace, e.g. {@code slack:T0123}; programs are per workspace
 * @param userId the platform's stable user id, e.g. {@code U0123}
 * @param displayName how to address them; never used as identity
 */
public record Person(String workspace, String userId, String displayName) {
    public Person {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
    }
}
