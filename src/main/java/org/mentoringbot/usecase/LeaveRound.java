package org.mentoringbot.usecase;

import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/**
 * Someone leaves the round at once, with no questions asked: their place, and their seat in a
 * group, are freed. A freed place goes to the first person on the waiting list.
 */
public final class LeaveRound {
    /** What happened. */
    public sealed interface Result {}

    /** @param admitted the person who got the freed place, to be told */
    public record Left(Round round, Optional<Person> admitted) implements Result {}

    public record NotIn() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Groups groups;
    private final Transactions transactions;

    public LeaveRound(Programs programs, Rounds rounds, Memberships memberships, Groups groups, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result leave(Person person) {
        return transactions.inTransaction(() -> {
            var round = Current.in(person.workspace(), programs, rounds).flatMap(Current::openRound);
            var membership = round.flatMap(r -> memberships.find(r.id(), person.userId()));
            if (membership.isEmpty()) {
                return new NotIn();
            }
            Round r = round.get();
            groups.seatOf(r.id(), person.userId()).ifPresent(groups::unseat);
            boolean freedAPlace = membership.get().status() == MembershipStatus.ENROLLED;
            memberships.remove(membership.get());
            Optional<Person> admitted = Optional.empty();
            if (freedAPlace && r.hasRoomFor(memberships.count(r.id(), MembershipStatus.ENROLLED))) {
                admitted = memberships.inRound(r.id(), MembershipStatus.WAITING).stream().findFirst().map(first -> {
                    first.enrol();
                    return first.person(person.workspace());
                });
            }
            return new Left(r, admitted);
        });
    }
}
