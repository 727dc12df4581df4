package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.as;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teachers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.ProposalProblem;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

/** The bot proposes groups for everyone enrolled without a group; the leader decides. */
class ProposeGroupsTest {
    private final SchoolProgram school = new SchoolProgram();

    @Test
    void everyoneEnrolledIsProposedOnceWithALeaderPerGroup() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 10));

        var proposed = propose();

        assertEquals(2, proposed.groups().size());
        assertEquals(List.of(1, 2), proposed.groups().stream().map(ProposeGroups.Draft::number).toList());
        assertEquals(Set.of(LIV, PER), proposed.groups().stream().map(ProposeGroups.Draft::leader).collect(Collectors.toSet()));
        assertEquals(new HashSet<>(teachers(1, 10)), members(proposed));
        assertEquals(10, proposed.groups().stream().mapToInt(g -> g.members().size()).sum(), "nobody twice");
        assertEquals(List.of(), proposed.problems());
        assertEquals(RoundState.ENROLLING, school.roundOne.state(), "a proposal saves nothing");
        assertEquals(List.of(), school.groups(school.roundOne));
    }

    @Test
    void onlyEnrolledPeopleWithoutAGroupAreProposed() {
        school.addLeaders(LIV);
        school.limitTo(6);
        school.join(teachers(1, 8)); // 7 and 8 wait
        school.form(group(LIV, teachers(1, 3)));

        var proposed = propose();

        assertEquals(new HashSet<>(teachers(4, 6)), members(proposed));
    }

    @Test
    void numberingContinuesAfterTheGroupsAlreadyFormed() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 6));
        school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)));
        school.join(teachers(7, 9));

        var proposed = propose();

        assertEquals(List.of(3), proposed.groups().stream().map(ProposeGroups.Draft::number).toList());
    }

    @Test
    void whenEveryoneHasAGroupThereIsNothingToPropose() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));

        assertInstanceOf(ProposeGroups.EveryoneHasAGroup.class, school.useCases.proposeGroups().propose(as(LIV)));
    }

    @Test
    void withoutLeadersTheProposalSaysSoAndHasNoLeaders() {
        school.join(teachers(1, 5));

        var proposed = assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(OWNER));

        assertTrue(proposed.problems().contains(ProposalProblem.NO_LEADERS), proposed.problems().toString());
        proposed.groups().forEach(g -> assertNull(g.leader()));
        assertEquals(new HashSet<>(teachers(1, 5)), members(proposed));
    }

    @Test
    void theSameRoundAndPeopleGiveTheSameProposalSoAcceptSavesWhatWasShown() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 17));

        var first = propose();
        var again = propose();
        var fromAnotherInstance = new ProposeGroups(school.store.programs, school.store.rounds, school.store.memberships,
                school.store.leaders, school.store.groups, school.store.transactions).propose(as(PER));

        assertEquals(first, again);
        assertEquals(first, fromAnotherInstance);
    }

    @Test
    void aClosedRoundGetsNoProposal() {
        school.addLeaders(LIV);
        school.join(teachers(1, 5));
        school.useCases.closeRound().close(OWNER);

        assertInstanceOf(ProposeGroups.NoOpenRound.class, school.useCases.proposeGroups().propose(as(LIV)));
    }

    @Test
    void whereItCanTheNextRoundsProposalPutsNobodyWithAnEarlierGroupmate() {
        // Round 1's leaders chose four groups of 3, 3, 2 and 2. Round 2 has room for three
        // groups of 4, 3 and 3 in which nobody meets a groupmate again: one from each old group.
        school.addLeaders(LIV, PER);
        school.groupSize(3);
        school.join(teachers(1, 10));
        school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)), group(LIV, teachers(7, 8)), group(PER, teachers(9, 10)));
        List<Set<Person>> roundOne = groupsOf(school.roundOne);
        Round two = school.nextRound();
        school.join(teachers(1, 10));

        var proposed = propose();

        assertEquals(List.of(4, 3, 3), proposed.groups().stream().map(g -> g.members().size()).sorted((a, b) -> b - a).toList());
        assertEquals(0, repeatedPairs(proposed, roundOne), proposed.groups().toString());
        assertEquals(0, proposed.groups().stream().mapToInt(g -> g.rationale().repeatedPairs()).sum());
        assertEquals(2, two.number());
    }

    @Test
    void whenMeetingAgainCannotBeAvoidedAsFewMeetAgainAsPossible() {
        // Ten people in two groups of five, then again: a group of five with at most one from
        // each old group is impossible; three and two from the old groups (4 pairs) is the least.
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 10));
        var roundOneProposal = propose();
        school.form(roundOneProposal.groups().stream().map(g -> group(g.leader(), g.members())).toArray(FormGroups.Draft[]::new));
        List<Set<Person>> roundOne = groupsOf(school.roundOne);
        assertEquals(2, roundOne.size());
        school.nextRound();
        school.join(teachers(1, 10));

        var proposed = propose();

        assertEquals(8, repeatedPairs(proposed, roundOne), proposed.groups().toString());
        assertEquals(8, proposed.groups().stream().mapToInt(g -> g.rationale().repeatedPairs()).sum());
        proposed.groups().forEach(g -> assertTrue(!roundOne.contains(Set.copyOf(g.members())), "a round 1 group again: " + g));
    }

    @Test
    void groupmatesInAnotherSchoolsProgramDoNotCount() {
        school.addLeaders(LIV, PER);
        school.nextRound();
        school.join(teachers(1, 10));
        var first = propose();
        // Another workspace's program seats people with the same user ids exactly as proposed here.
        Person otherOwner = new Person("slack:T0OTHER", "U0REKTOR", "Rektor");
        Person otherLeader = new Person("slack:T0OTHER", "U0LIV", "Liv");
        school.store.programWithOpenRound(otherOwner, "Annen skole");
        var elsewhere = school.store.useCases(TestPeople.everyoneExists());
        elsewhere.addLeaders().add(as(otherOwner), List.of(otherLeader));
        teachers(1, 10).forEach(t -> elsewhere.joinRound().join(new Person("slack:T0OTHER", t.userId(), t.displayName()), null));
        assertInstanceOf(FormGroups.Formed.class, elsewhere.formGroups().form(as(otherOwner), first.groups().stream()
                .map(g -> group(otherLeader, g.members())).toList()));

        var again = propose();

        assertEquals(first, again);
        assertEquals(0, again.groups().stream().mapToInt(g -> g.rationale().repeatedPairs()).sum());
    }

    private ProposeGroups.Proposed propose() {
        return assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(as(LIV)));
    }

    private static Set<Person> members(ProposeGroups.Proposed proposed) {
        return proposed.groups().stream().flatMap(g -> g.members().stream()).collect(Collectors.toSet());
    }

    /** The round's saved groups as sets of members. */
    private List<Set<Person>> groupsOf(Round round) {
        List<Set<Person>> groups = new ArrayList<>();
        for (var group : school.groups(round)) {
            groups.add(school.seatedIn(group).stream()
                    .map(id -> teachers(1, 10).stream().filter(t -> t.userId().equals(id)).findFirst().orElseThrow())
                    .collect(Collectors.toSet()));
        }
        return groups;
    }

    /** Pairs in one proposed group who also shared an earlier group, counted by hand. */
    private static int repeatedPairs(ProposeGroups.Proposed proposed, List<Set<Person>> earlier) {
        int repeated = 0;
        for (var group : proposed.groups()) {
            List<Person> members = group.members();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Person a = members.get(i);
                    Person b = members.get(j);
                    if (earlier.stream().anyMatch(old -> old.contains(a) && old.contains(b))) {
                        repeated++;
                    }
                }
            }
        }
        return repeated;
    }
}
