package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.group.NeverTogether;

/** Groups, seats and never-together pairs in lists, with the database's unique keys. */
public final class InMemoryGroups implements Groups {
    private final InMemoryTransactions transactions;
    private final InMemoryRounds rounds;
    private final List<MentoringGroup> groups = new ArrayList<>();
    private final List<GroupSeat> seats = new ArrayList<>();
    private final List<NeverTogether> pairs = new ArrayList<>();
    private long lastId;

    public InMemoryGroups(InMemoryTransactions transactions, InMemoryRounds rounds) {
        this.transactions = transactions;
        this.rounds = rounds;
    }

    @Override
    public synchronized List<MentoringGroup> ofRound(long roundId) {
        transactions.requireActive();
        return groups.stream().filter(g -> g.roundId() == roundId).sorted(Comparator.comparingInt(MentoringGroup::number)).toList();
    }

    @Override
    public synchronized Optional<MentoringGroup> byId(long groupId) {
        transactions.requireActive();
        return groups.stream().filter(g -> g.id() == groupId).findFirst();
    }

    @Override
    public synchronized MentoringGroup add(MentoringGroup group) {
        transactions.requireActive();
        if (groups.stream().anyMatch(g -> g.roundId() == group.roundId() && g.number() == group.number())) {
            throw new IllegalStateException("unique key uq_group_number");
        }
        groups.add(Entities.withId(group, ++lastId));
        return group;
    }

    @Override
    public synchronized List<GroupSeat> seatsOfRound(long roundId) {
        transactions.requireActive();
        return seats.stream().filter(s -> s.roundId() == roundId).toList();
    }

    @Override
    public synchronized Optional<GroupSeat> seatOf(long roundId, String userId) {
        transactions.requireActive();
        return seats.stream().filter(s -> s.roundId() == roundId && s.userId().equals(userId)).findFirst();
    }

    @Override
    public synchronized GroupSeat seat(GroupSeat seat) {
        transactions.requireActive();
        if (seatOf(seat.roundId(), seat.userId()).isPresent()) {
            throw new IllegalStateException("unique key uq_seat_person: " + seat.userId());
        }
        seats.add(Entities.withId(seat, ++lastId));
        return seat;
    }

    @Override
    public synchronized void unseat(GroupSeat seat) {
        transactions.requireActive();
        seats.removeIf(s -> s.roundId() == seat.roundId() && s.userId().equals(seat.userId()));
    }

    @Override
    public synchronized List<GroupSeat> seatsBefore(long programId, int roundNumber) {
        transactions.requireActive();
        var earlier = rounds.ofProgram(programId).stream().filter(r -> r.number() < roundNumber).map(r -> r.id()).toList();
        return seats.stream().filter(s -> earlier.contains(s.roundId())).toList();
    }

    @Override
    public synchronized List<NeverTogether> neverTogether(long programId) {
        transactions.requireActive();
        return pairs.stream().filter(p -> p.programId() == programId).toList();
    }

    @Override
    public synchronized Optional<NeverTogether> findNeverTogether(long programId, String userA, String userB) {
        NeverTogether key = new NeverTogether(programId, userA, userB);
        return neverTogether(programId).stream()
                .filter(p -> p.userA().equals(key.userA()) && p.userB().equals(key.userB())).findFirst();
    }

    @Override
    public synchronized void remove(NeverTogether pair) {
        transactions.requireActive();
        pairs.removeIf(p -> p.programId() == pair.programId() && p.userA().equals(pair.userA()) && p.userB().equals(pair.userB()));
    }

    @Override
    public synchronized NeverTogether add(NeverTogether pair) {
        transactions.requireActive();
        pairs.add(Entities.withId(pair, ++lastId));
        return pair;
    }
}
