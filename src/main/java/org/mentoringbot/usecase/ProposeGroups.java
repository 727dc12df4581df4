package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.Candidate;
import org.mentoringbot.core.group.GroupProposer;
import org.mentoringbot.core.group.GroupRationale;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.PersonPair;
import org.mentoringbot.core.group.Proposal;
import org.mentoringbot.core.group.ProposalProblem;
import org.mentoringbot.core.group.ProposalRequest;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/**
 * The bot proposes groups for everyone enrolled who has no group yet; the leader decides.
 * The same round and people always give the same proposal, so "accept" saves what was shown.
 */
public final class ProposeGroups {
    /** What happened. */
    public sealed interface Result {}

    /** One proposed group; the leader is null when the program has no leaders. */
    public record Draft(int number, Person leader, List<Person> members, GroupRationale rationale) {}

    public record Proposed(Round round, List<Draft> groups, List<ProposalProblem> problems) implements Result {}

    /** Everyone enrolled already has a group. */
    public record EveryoneHasAGroup(Round round) implements Result {}

    public record NotLeader() implements Result {}

    public record NoOpenRound() implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Transactions transactions;
    private final GroupProposer proposer = new GroupProposer();

    public ProposeGroups(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups,
            Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result propose(Actor actor) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            Program program = current.get().program();
            if (!new Roles(leaders).mayLead(program, actor)) {
                return new NotLeader();
            }
            var open = current.get().openRound();
            if (open.isEmpty()) {
                return new NoOpenRound();
            }
            Round round = open.get();
            Set<String> seated = groups.seatsOfRound(round.id()).stream().map(GroupSeat::userId).collect(Collectors.toSet());
            List<Membership> waitingForAGroup = memberships.inRound(round.id(), MembershipStatus.ENROLLED).stream()
                    .filter(m -> !seated.contains(m.userId())).toList();
            if (waitingForAGroup.isEmpty()) {
                return new EveryoneHasAGroup(round);
            }
            List<Leader> programLeaders = leaders.of(program.id());
            Proposal proposal = proposer.propose(new ProposalRequest(
                    waitingForAGroup.stream().map(m -> new Candidate(m.userId(), m.roleKind())).toList(),
                    programLeaders.stream().map(Leader::userId).toList(),
                    round.groupSize(),
                    earlierGroupmates(program.id(), round.number()),
                    groups.neverTogether(program.id()).stream()
                            .map(n -> PersonPair.of(n.userA(), n.userB())).collect(Collectors.toSet()),
                    round.id()));
            Map<String, Person> names = new HashMap<>();
            waitingForAGroup.forEach(m -> names.put(m.userId(), m.person(program.workspace())));
            programLeaders.forEach(l -> names.put(l.userId(), new Person(program.workspace(), l.userId(), l.displayName())));
            int numbering = groups.ofRound(round.id()).size();
            List<Draft> drafts = proposal.groups().stream()
                    .map(g -> new Draft(numbering + g.number(), g.leaderId() == null ? null : names.get(g.leaderId()),
                            g.memberIds().stream().map(names::get).toList(), g.rationale()))
                    .toList();
            return new Proposed(round, drafts, proposal.problems());
        });
    }

    /** Pairs of people who sat in one group in any earlier round of the program. */
    private Set<PersonPair> earlierGroupmates(long programId, int roundNumber) {
        Map<Long, List<String>> byGroup = new HashMap<>();
        for (GroupSeat seat : groups.seatsBefore(programId, roundNumber)) {
            byGroup.computeIfAbsent(seat.groupId(), g -> new ArrayList<>()).add(seat.userId());
        }
        Set<PersonPair> pairs = new HashSet<>();
        for (List<String> group : byGroup.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (!group.get(i).equals(group.get(j))) {
                        pairs.add(PersonPair.of(group.get(i), group.get(j)));
                    }
                }
            }
        }
        return pairs;
    }
}
