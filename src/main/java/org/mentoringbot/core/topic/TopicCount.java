package org.mentoringbot.core.topic;

import java.util.Objects;

/**
 * How many topics one group of a round has in one status. It carries no author and no text by
 * design: it is what a round summary may count, and an owner sees nothing more of topics.
 */
public record TopicCount(long groupId, Topic.Status status, long count) {
    public TopicCount {
        Objects.requireNonNull(status, "status");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
