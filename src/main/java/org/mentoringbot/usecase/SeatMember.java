package org.mentoringbot.usecase;

import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;

/** A group's leader takes in someone who joined after groups were formed. */
public final class SeatMember {
    /** What happened. */
    public sealed interface Result {}

    public record Seated(MentoringGroup group, Person member) implements Result {}

    public record AlreadySeated(int groupNumber) implements Result {}

    public record NotEnrolled() implements Result {}

    public record NotTheirGroup() implements Result {}

    public record NoSuchGroup() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Transactions transactions;

    public SeatMember(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups,
            Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result seat(Actor actor, long groupId, String userId) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            var round = current.flatMap(Current::openRound);
            var group = groups.byId(groupId).filter(g -> round.isPresent() && g.roundId() == round.get().id());
            if (group.isEmpty()) {
                return new NoSuchGroup();
            }
            boolean owner = new Roles(leaders).isOwner(current.get().program(), actor);
            if (!owner && !group.get().leaderUserId().equals(actor.person().userId())) {
                return new NotTheirGroup();
            }
            var membership = memberships.find(round.get().id(), userId).filter(m -> m.status() == MembershipStatus.ENROLLED);
            if (membership.isEmpty()) {
                return new NotEnrolled();
            }
            var seat = groups.seatOf(round.get().id(), userId);
            if (seat.isPresent()) {
                int number = groups.byId(seat.get().groupId()).map(MentoringGroup::number).orElse(0);
                return new AlreadySeated(number);
            }
            groups.seat(new GroupSeat(groupId, round.get().id(), userId, membership.get().displayName()));
            return new Seated(group.get(), membership.get().person(actor.person().workspace()));
        });
    }
}
