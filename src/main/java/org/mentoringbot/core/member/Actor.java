package org.mentoringbot.core.member;

import java.util.Objects;

/**
 * A person acting, with what their platform says of their standing in the workspace. Use cases
 * decide from this (and the program's own records) whether they may do what they ask.
 *
 * @param workspaceAdmin true for the workspace's admins and owners, who may act as program owner
 */
public record Actor(Person person, boolean workspaceAdmin) {
    public Actor {
        Objects.requireNonNull(person, "person");
    }
}
