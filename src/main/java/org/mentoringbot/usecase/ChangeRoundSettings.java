package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.List;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/**
 * The owner shows or changes the round's group size target and how many may take part.
 * Raising the limit lets the first people on the waiting list in.
 */
public final class ChangeRoundSettings {
    /** What happened. */
    public sealed interface Result {}

    /** The settings now; {@code admitted} came in from the waiting list because of the change. */
    public record Settings(Round round, long enrolled, long waiting, List<Membership> admitted) implements Result {
        /** More are in than the limit allows (it was lowered below them): nobody is removed, newcomers wait. */
        public boolean overLimit() {
            return round.capacity() != null && enrolled > round.capacity();
        }
    }

    public record BadGroupSize(int min, int max) implements Result {}

    /** The limit must be a whole number from {@code min} to {@code max}. */
    public record BadCapacity(int min, int max) implements Result {}

    public record NoOpenRound() implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    /** A requested change; null fields stay as they are. */
    public record Change(Integer groupSize, Integer capacity, boolean removeCapacity) {
        public static final Change NONE = new Change(null, null, false);
    }

    /** No school has more; a larger typed number is a slip of the keyboard. */
    public static final int MAX_CAPACITY = 100_000;

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Memberships memberships;
    private final Transactions transactions;

    public ChangeRoundSettings(Programs programs, Rounds rounds, Leaders leaders, Memberships memberships, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public Result change(Actor actor, Change change) {
        if (change.groupSize() != null && (change.groupSize() < Round.MIN_GROUP_SIZE || change.groupSize() > Round.MAX_GROUP_SIZE)) {
            return new BadGroupSize(Round.MIN_GROUP_SIZE, Round.MAX_GROUP_SIZE);
        }
        if (change.capacity() != null && (change.capacity() < 1 || change.capacity() > MAX_CAPACITY)) {
            return new BadCapacity(1, MAX_CAPACITY);
        }
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            if (!new Roles(leaders).isOwner(current.get().program(), actor)) {
                return new NotOwner(current.get().program().ownerName());
            }
            var round = current.get().openRound();
            if (round.isEmpty()) {
                return new NoOpenRound();
            }
            Round r = round.get();
            if (change.groupSize() != null) {
                r.changeGroupSize(change.groupSize());
            }
            if (change.removeCapacity()) {
                r.changeCapacity(null);
            } else if (change.capacity() != null) {
                r.changeCapacity(change.capacity());
            }
            List<Membership> admitted = new ArrayList<>();
            long enrolled = memberships.count(r.id(), MembershipStatus.ENROLLED);
            for (Membership waiting : memberships.inRound(r.id(), MembershipStatus.WAITING)) {
                if (!r.hasRoomFor(enrolled)) {
                    break;
                }
                waiting.enrol();
                admitted.add(waiting);
                enrolled++;
            }
            return new Settings(r, enrolled, memberships.count(r.id(), MembershipStatus.WAITING), admitted);
        });
    }
}
