package org.mentoringbot.core.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Proactive messages written before they are sent, so a crash loses none of them. */
public interface Outbox {
    /**
     * Adds the message unless one with the same idempotency key was ever added.
     *
     * @return true when added, false when the key was already there (nothing changes then)
     */
    boolean enqueue(OutboxMessage message);

    Optional<OutboxMessage> find(long id);

    Optional<OutboxMessage> withKey(String idempotencyKey);

    /**
     * Pending messages that are due at {@code now} and not leased to a sender, oldest first,
     * leaving out the given workspaces and conversations (those that may not be sent to now).
     */
    List<OutboxMessage> due(Instant now, Collection<String> skipWorkspaces, Collection<String> skipConversations, int limit);

    long count(OutboxStatus status);
}
