package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;

/** Leaders in a list; like the database, one per program and person. */
public final class InMemoryLeaders implements Leaders {
    private final InMemoryTransactions transactions;
    private final List<Leader> leaders = new ArrayList<>();
    private long lastId;

    public InMemoryLeaders(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized List<Leader> of(long programId) {
        transactions.requireActive();
        return leaders.stream().filter(l -> l.programId() == programId).toList();
    }

    @Override
    public synchronized Optional<Leader> find(long programId, String userId) {
        transactions.requireActive();
        return leaders.stream().filter(l -> l.programId() == programId && l.userId().equals(userId)).findFirst();
    }

    @Override
    public synchronized Leader add(Leader leader) {
        transactions.requireActive();
        if (find(leader.programId(), leader.userId()).isPresent()) {
            throw new IllegalStateException("unique key uq_leader: " + leader.userId());
        }
        leaders.add(Entities.withId(leader, ++lastId));
        return leader;
    }

    @Override
    public synchronized void remove(Leader leader) {
        transactions.requireActive();
        leaders.removeIf(l -> l.programId() == leader.programId() && l.userId().equals(leader.userId()));
    }
}
