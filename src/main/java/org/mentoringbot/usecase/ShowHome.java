package org.mentoringbot.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** Everything one person's home view shows: their program, round, group and what they may do now. */
public final class ShowHome {
    /** What the person may see. */
    public sealed interface Result {}

    /** The person's own group: its leader and who sits in it (only ever shown to its members). */
    public record OwnGroup(int number, String leaderName, List<String> memberNames, String channelId) {}

    /** A group the person leads, with how many sit in it. */
    public record LedGroup(int number, int size, String channelId) {}

    public record Home(Program program, Optional<Round> round, Optional<MembershipStatus> ownStatus,
            Optional<LocalDate> pausedUntil, Optional<OwnGroup> group, boolean owner, boolean leader,
            List<LedGroup> ledGroups, long enrolled, long waiting, long withoutGroup) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Transactions transactions;

    public ShowHome(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups,
            Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result home(Actor actor) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            Program program = current.get().program();
            Roles roles = new Roles(leaders);
            boolean owner = roles.isOwner(program, actor);
            boolean leader = leaders.find(program.id(), actor.person().userId()).isPresent();
            var round = current.get().round();
            if (round.isEmpty()) {
                return new Home(program, round, Optional.empty(), Optional.empty(), Optional.empty(), owner, leader, List.of(), 0, 0, 0);
            }
            long roundId = round.get().id();
            String userId = actor.person().userId();
            var membership = memberships.find(roundId, userId);
            List<MentoringGroup> all = groups.ofRound(roundId);
            List<GroupSeat> seats = groups.seatsOfRound(roundId);
            Optional<OwnGroup> own = seats.stream().filter(s -> s.userId().equals(userId)).findFirst()
                    .flatMap(mine -> all.stream().filter(g -> g.id() == mine.groupId()).findFirst())
                    .map(g -> new OwnGroup(g.number(), g.leaderName(),
                            seats.stream().filter(s -> s.groupId() == g.id()).map(GroupSeat::displayName).toList(), g.channelId()));
            List<LedGroup> led = all.stream().filter(g -> g.leaderUserId().equals(userId))
                    .map(g -> new LedGroup(g.number(), (int) seats.stream().filter(s -> s.groupId() == g.id()).count(), g.channelId()))
                    .toList();
            long enrolled = memberships.count(roundId, MembershipStatus.ENROLLED);
            return new Home(program, round, membership.map(Membership::status), membership.map(Membership::pausedUntil),
                    own, owner, leader, led, enrolled, memberships.count(roundId, MembershipStatus.WAITING),
                    all.isEmpty() ? 0 : enrolled - seats.size());
        });
    }
}
