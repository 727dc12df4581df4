package org.mentoringbot.core.summary;

import java.util.Objects;

/** One session a group held: how many were invited and how many came; never who. */
public record HeldSession(String groupId, int invited, int present) {

    public HeldSession {
        Objects.requireNonNull(groupId, "groupId");
        if (invited < 1 || present < 0 || present > invited) {
            throw new IllegalArgumentException(present + " present of " + invited + " invited is impossible");
        }
    }
}
