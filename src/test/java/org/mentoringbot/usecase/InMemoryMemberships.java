package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;

/** Memberships in a list; like the database, one per person and round, ids never reused. */
public final class InMemoryMemberships implements Memberships {
    private final InMemoryTransactions transactions;
    private final List<Membership> memberships = new ArrayList<>();
    private long lastId;

    public InMemoryMemberships(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<Membership> find(long roundId, String userId) {
        transactions.requireActive();
        return memberships.stream().filter(m -> m.roundId() == roundId && m.userId().equals(userId)).findFirst();
    }

    @Override
    public synchronized Membership add(Membership membership) {
        transactions.requireActive();
        if (find(membership.roundId(), membership.userId()).isPresent()) {
            throw new IllegalStateException("unique key uq_membership_person: " + membership.userId());
        }
        memberships.add(Entities.withId(membership, ++lastId));
        return membership;
    }

    @Override
    public synchronized void remove(Membership membership) {
        transactions.requireActive();
        memberships.removeIf(m -> m.id().equals(membership.id()));
    }

    @Override
    public synchronized long count(long roundId, MembershipStatus status) {
        transactions.requireActive();
        return memberships.stream().filter(m -> m.roundId() == roundId && m.status() == status).count();
    }

    @Override
    public synchronized List<Membership> inRound(long roundId, MembershipStatus status) {
        transactions.requireActive();
        return memberships.stream().filter(m -> m.roundId() == roundId && m.status() == status).toList();
    }

    /** Everything stored, for assertions. */
    public synchronized List<Membership> all() {
        return List.copyOf(memberships);
    }
}
