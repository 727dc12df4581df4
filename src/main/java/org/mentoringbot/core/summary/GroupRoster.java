package org.mentoringbot.core.summary;

import java.util.Objects;

/** How many members a group has; no names. */
public record GroupRoster(String groupId, int members) {

    public GroupRoster {
        Objects.requireNonNull(groupId, "groupId");
        if (members < 0) {
            throw new IllegalArgumentException("members must not be negative, was " + members);
        }
    }
}
