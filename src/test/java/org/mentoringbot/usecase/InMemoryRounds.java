package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/** Rounds in a list; like the database, one per program and number, ids from 1. */
public final class InMemoryRounds implements Rounds {
    private final InMemoryTransactions transactions;
    private final List<Round> rounds = new ArrayList<>();

    public InMemoryRounds(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<Round> latest(long programId) {
        transactions.requireActive();
        return rounds.stream().filter(r -> r.programId() == programId).max(Comparator.comparingInt(Round::number));
    }

    @Override
    public synchronized Round add(Round round) {
        transactions.requireActive();
        if (rounds.stream().anyMatch(r -> r.programId() == round.programId() && r.number() == round.number())) {
            throw new IllegalStateException("unique key uq_round_number: " + round.programId() + "/" + round.number());
        }
        rounds.add(Entities.withId(round, rounds.size() + 1L));
        return round;
    }

    @Override
    public synchronized List<Round> ofProgram(long programId) {
        transactions.requireActive();
        return rounds.stream().filter(r -> r.programId() == programId).sorted(Comparator.comparingInt(Round::number)).toList();
    }

    @Override
    public synchronized List<Round> inState(RoundState state) {
        transactions.requireActive();
        return rounds.stream().filter(r -> r.state() == state).sorted(Comparator.comparing(Round::openedAt)).toList();
    }

    /** Everything stored, for assertions. */
    public synchronized List<Round> all() {
        return List.copyOf(rounds);
    }

    @Override
    public synchronized Optional<Round> byId(long id) {
        transactions.requireActive();
        return rounds.stream().filter(x -> x.id() == id).findFirst();
    }
}
