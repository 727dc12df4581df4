package org.mentoringbot.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentoringbot.core.outbox.Outbox;
import org.mentoringbot.core.outbox.OutboxMessage;
import org.mentoringbot.core.outbox.OutboxStatus;

final class JpaOutbox implements Outbox {
    private final JpaTransactions transactions;

    JpaOutbox(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean enqueue(OutboxMessage message) {
        if (withKey(message.idempotencyKey()).isPresent()) {
            return false;
        }
        var em = transactions.entityManager();
        // Two writers with the same key at once: the unique key refuses the second at flush, the
        // unit runs again (JpaTransactions), and then finds the first one's row above.
        em.persist(message);
        em.flush();
        return true;
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(transactions.entityManager().find(OutboxMessage.class, id));
    }

    @Override
    public Optional<OutboxMessage> withKey(String idempotencyKey) {
        return transactions.entityManager()
                .createQuery("SELECT m FROM OutboxMessage m WHERE m.idempotencyKey = :key", OutboxMessage.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<OutboxMessage> due(Instant now, Collection<String> skipWorkspaces, Collection<String> skipConversations, int limit) {
        return transactions.entityManager()
                .createQuery("SELECT m FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)"
                        + " AND m.workspace NOT IN :skipWorkspaces AND m.conversation NOT IN :skipConversations"
                        + " ORDER BY m.nextAttemptAt, m.id", OutboxMessage.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setParameter("skipWorkspaces", nonEmpty(skipWorkspaces))
                .setParameter("skipConversations", nonEmpty(skipConversations))
                .setMaxResults(limit)
                .getResultList();
    }

    /** "NOT IN ()" is not SQL; an id no platform uses stands in for an empty list. */
    private static Set<String> nonEmpty(Collection<String> values) {
        Set<String> set = new HashSet<>(values);
        set.add("");
        return set;
    }

    @Override
    public long count(OutboxStatus status) {
        return transactions.entityManager()
                .createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}
