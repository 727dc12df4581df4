package org.mentoringbot.core.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupProposerTest {

    private final GroupProposer proposer = new GroupProposer();

    @ParameterizedTest(name = "{0} people, target {1} -> {2} groups")
    @CsvSource({
            "0, 5, 0",
            "1, 5, 1",
            "2, 5, 1",
            "3, 5, 1",
            "6, 5, 1",   // one group of 6 is closer to 5 than two groups of 3
            "7, 5, 2",
            "12, 5, 3",  // 3 x 4 and 2 x 6 are equally far from 5: the smaller groups win
            "23, 5, 5",
            "5, 3, 1",   // 3 + 2 would leave a group of 2, so one group of 5 it is
            "8, 3, 2",
            "10000, 5, 2000"})
    void groupCountKeepsSizesInBoundsAndClosestToTarget(int people, int targetSize, int groups) {
        assertEquals(groups, GroupProposer.groupCount(people, targetSize));
    }

    @Test
    void noCandidatesMakeNoGroups() {
        Proposal proposal = proposer.propose(request(people(0), List.of("lea"), 5));

        assertEquals(List.of(), proposal.groups());
        assertEquals(List.of(ProposalProblem.TOO_FEW_CANDIDATES), proposal.problems());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void fewerThanThreeCandidatesMakeOneSmallGroup(int people) {
        Proposal proposal = proposer.propose(request(people(people), List.of("lea"), 5));

        assertEquals(List.of(people), sizes(proposal));
        assertEquals("lea", proposal.groups().get(0).leaderId());
        assertEquals(List.of(ProposalProblem.TOO_FEW_CANDIDATES), proposal.problems());
    }

    @Test
    void threeCandidatesMakeOneGroup() {
        Proposal proposal = proposer.propose(request(people(3), List.of("lea"), 5));

        assertEquals(List.of(3), sizes(proposal));
        assertEquals(List.of(), proposal.problems());
    }

    @Test
    void sixCandidatesWithTargetFiveMakeOneGroupOfSix() {
        assertEquals(List.of(6), sizes(proposer.propose(request(people(6), List.of("lea"), 5))));
    }

    @Test
    void sevenCandidatesWithTargetFiveMakeGroupsOfFourAndThree() {
        assertEquals(List.of(4, 3), sizes(proposer.propose(request(people(7), List.of("lea"), 5))));
    }

    @Test
    void twentyThreeCandidatesWithTargetFiveMakeFiveGroups() {
        Proposal proposal = proposer.propose(request(people(23), List.of("lea"), 5));

        assertEquals(List.of(5, 5, 5, 4, 4), sizes(proposal));
        assertEquals(List.of(1, 2, 3, 4, 5), proposal.groups().stream().map(ProposedGroup::number).toList());
    }

    @Test
    void withoutLeadersGroupsHaveNoLeaderAndTheProblemIsReported() {
        Proposal proposal = proposer.propose(request(people(10), List.of(), 5));

        assertEquals(2, proposal.groups().size());
        proposal.groups().forEach(group -> assertNull(group.leaderId()));
        assertEquals(List.of(ProposalProblem.NO_LEADERS), proposal.problems());
    }

    @Test
    void oneLeaderLeadsAllFiveGroups() {
        Proposal proposal = proposer.propose(request(people(25), List.of("lea"), 5));

        assertEquals(5, proposal.groups().size());
        proposal.groups().forEach(group -> assertEquals("lea", group.leaderId()));
        assertEquals(List.of(), proposal.problems());
    }

    @Test
    void leadersTakeTurnsEvenly() {
        Proposal proposal = proposer.propose(request(people(25), List.of("lea", "leo"), 5));

        List<String> leaders = proposal.groups().stream().map(ProposedGroup::leaderId).toList();
        long ledByLea = leaders.stream().filter("lea"::equals).count();
        assertTrue(ledByLea == 2 || ledByLea == 3, leaders::toString);
        assertEquals(5 - ledByLea, leaders.stream().filter("leo"::equals).count());
    }

    @Test
    void leaderWhoIsAlsoACandidateLeadsAndIsNoMember() {
        List<Candidate> candidates = new ArrayList<>(people(6));
        candidates.add(new Candidate("lea", "teacher"));

        Proposal proposal = proposer.propose(request(candidates, List.of("lea"), 5));

        assertEquals(List.of(6), sizes(proposal));
        assertEquals("lea", proposal.groups().get(0).leaderId());
        assertTrue(members(proposal).stream().noneMatch("lea"::equals));
    }

    @Test
    void moreLeadersThanGroupsIsReported() {
        List<Candidate> candidates = new ArrayList<>(people(6));
        candidates.add(new Candidate("lea", "teacher"));
        candidates.add(new Candidate("leo", "teacher"));

        Proposal proposal = proposer.propose(request(candidates, List.of("lea", "leo"), 5));

        assertEquals(1, proposal.groups().size());
        assertEquals(List.of(ProposalProblem.MORE_LEADERS_THAN_GROUPS), proposal.problems());
        assertEquals(people(6).stream().map(Candidate::personId).toList(), members(proposal));
    }

    @Test
    void aRepeatedCandidateCountsOnce() {
        List<Candidate> candidates = new ArrayList<>(people(3));
        candidates.add(new Candidate("p01", "teacher"));
        candidates.add(new Candidate("p01", null));

        Proposal proposal = proposer.propose(request(candidates, List.of("lea"), 5));

        assertEquals(List.of("p01", "p02", "p03"), members(proposal));
    }

    @Test
    void targetBelowThreeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> request(people(6), List.of("lea"), 2));
    }

    @Test
    void aPersonPairHasNoOrder() {
        assertEquals(PersonPair.of("a", "b"), PersonPair.of("b", "a"));
        assertEquals("a", new PersonPair("b", "a").a());
        assertThrows(IllegalArgumentException.class, () -> PersonPair.of("a", "a"));
    }

    @Test
    void rationaleCountsRolesMostCommonFirstAndRepeatedPairs() {
        List<Candidate> candidates = List.of(
                new Candidate("p1", "special-educator"), new Candidate("p2", "teacher"),
                new Candidate("p3", "teacher"), new Candidate("p4", null));
        var request = new ProposalRequest(candidates, List.of("lea"), 5,
                Set.of(PersonPair.of("p1", "p2"), PersonPair.of("lea", "p3"), PersonPair.of("p1", "elsewhere")),
                Set.of(), 1);

        GroupRationale rationale = proposer.propose(request).groups().get(0).rationale();

        assertEquals(4, rationale.size());
        assertEquals(List.of("teacher", "special-educator", GroupRationale.UNKNOWN_ROLE),
                List.copyOf(rationale.roleCounts().keySet()));
        assertEquals(Map.of("teacher", 2, "special-educator", 1, GroupRationale.UNKNOWN_ROLE, 1),
                rationale.roleCounts());
        assertEquals(2, rationale.repeatedPairs());
        assertEquals(0, rationale.neverTogetherBroken());
    }

    @Test
    void aMemberIsKeptAwayFromALeaderTheyMustNotMeet() {
        var request = new ProposalRequest(people(6), List.of("lea", "leo"), 3, Set.of(),
                Set.of(PersonPair.of("lea", "p01"), PersonPair.of("leo", "p02")), 7);

        for (ProposedGroup group : proposer.propose(request).groups()) {
            String kept = group.leaderId().equals("lea") ? "p01" : "p02";
            assertFalse(group.memberIds().contains(kept), group::toString);
        }
    }

    @Test
    void neverTogetherPairsThatCannotBeKeptApartAreReported() {
        var request = new ProposalRequest(people(3), List.of("lea"), 5, Set.of(),
                Set.of(PersonPair.of("p01", "p02"), PersonPair.of("p02", "p03")), 1);

        Proposal proposal = proposer.propose(request);

        assertEquals(2, proposal.groups().get(0).rationale().neverTogetherBroken());
        assertEquals(List.of(ProposalProblem.NEVER_TOGETHER_UNSATISFIABLE), proposal.problems());
    }

    @Test
    void differentSeedsCanGiveDifferentGroups() {
        Set<List<List<String>>> distinct = IntStream.range(0, 10)
                .mapToObj(seed -> proposer.propose(new ProposalRequest(people(20), List.of(), 5, Set.of(), Set.of(), seed)))
                .map(proposal -> proposal.groups().stream().map(ProposedGroup::memberIds).toList())
                .collect(Collectors.toSet());

        assertTrue(distinct.size() > 1);
    }

    private static ProposalRequest request(List<Candidate> candidates, List<String> leaderIds, int targetSize) {
        return new ProposalRequest(candidates, leaderIds, targetSize, Set.of(), Set.of(), 42);
    }

    /** People p01, p02, ... alternating between teachers and special educators. */
    private static List<Candidate> people(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Candidate("p%02d".formatted(i), i % 2 == 0 ? "special-educator" : "teacher"))
                .toList();
    }

    private static List<Integer> sizes(Proposal proposal) {
        return proposal.groups().stream().map(group -> group.memberIds().size()).toList();
    }

    private static List<String> members(Proposal proposal) {
        return proposal.groups().stream().map(ProposedGroup::memberIds).flatMap(Collection::stream).sorted().toList();
    }
}
