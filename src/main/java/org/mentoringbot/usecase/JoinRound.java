package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/**
 * Someone opts in to the program's open round. Beyond the round's capacity they go on the
 * waiting list in join order. Joining twice changes nothing.
 */
public final class JoinRound {
    /** What happened. */
    public sealed interface Result {}

    /**
     * @param groupWithRoom when groups are already formed: the group with the most room, whose
     *     leader is offered the newcomer; empty before groups exist or when all are full
     * @param withoutGroup how many enrolled people have no group yet (once groups exist), newcomer included
     */
    public record Joined(Round round, long enrolled, boolean groupsFormed, Optional<MentoringGroup> groupWithRoom,
            long withoutGroup) implements Result {}

    public record Waitlisted(Round round, long position) implements Result {}

    public record AlreadyIn(Round round, MembershipStatus status) implements Result {}

    public record NoProgram() implements Result {}

    public record NoOpenRound() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Groups groups;
    private final Transactions transactions;
    private final Clock clock;

    public JoinRound(Programs programs, Rounds rounds, Memberships memberships, Groups groups, Transactions transactions,
            Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.groups = groups;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param roleKind what they work as (teacher, special-educator, assistant), or null */
    public Result join(Person person, String roleKind) {
        return transactions.inTransaction(() -> {
            var current = Current.in(person.workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            var open = current.get().openRound();
            if (open.isEmpty()) {
                return new NoOpenRound();
            }
            Round round = open.get();
            var existing = memberships.find(round.id(), person.userId());
            if (existing.isPresent()) {
                if (roleKind != null) {
                    existing.get().describeRole(roleKind);
                }
                return new AlreadyIn(round, existing.get().status());
            }
            long enrolled = memberships.count(round.id(), MembershipStatus.ENROLLED);
            MembershipStatus status = round.hasRoomFor(enrolled) ? MembershipStatus.ENROLLED : MembershipStatus.WAITING;
            Membership membership = new Membership(round.id(), person, status, clock.instant());
            membership.describeRole(roleKind);
            memberships.add(membership);
            if (status == MembershipStatus.WAITING) {
                return new Waitlisted(round, memberships.count(round.id(), MembershipStatus.WAITING));
            }
            var formed = groups.ofRound(round.id());
            long withoutGroup = formed.isEmpty() ? 0 : enrolled + 1 - groups.seatsOfRound(round.id()).size();
            return new Joined(round, enrolled + 1, !formed.isEmpty(), groupWithMostRoom(round, formed), withoutGroup);
        });
    }

    /** The smallest group (lowest number on a tie), while it can take one more: groups go up to target + 1. */
    private Optional<MentoringGroup> groupWithMostRoom(Round round, List<MentoringGroup> formed) {
        Map<Long, Long> seated = groups.seatsOfRound(round.id()).stream()
                .collect(Collectors.groupingBy(GroupSeat::groupId, Collectors.counting()));
        ToLongFunction<MentoringGroup> size = g -> seated.getOrDefault(g.id(), 0L);
        return formed.stream().min(Comparator.comparingLong(size).thenComparingInt(MentoringGroup::number))
                .filter(g -> size.applyAsLong(g) <= round.groupSize());
    }
}
