package org.mentoringbot.core.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes groups for a round; the leader decides whether to use them.
 *
 * <p>Every candidate who is not a leader is placed in exactly one group. Groups have between 3
 * and {@code targetSize + 1} members, and their sizes differ by at most one (see
 * {@link #groupCount} for how many groups, and for the two cases where the bounds cannot hold).
 * Each group gets one leader, and leaders take turns when there are fewer of them than groups;
 * leaders left over when there are more lead nothing this time. Within those rules the proposal
 * keeps never-together pairs apart where it can, spreads every role kind evenly over the groups,
 * and then avoids putting earlier groupmates together again, in that order of priority.
 *
 * <p>The same request gives the same proposal, whatever the order of its lists. The work is a
 * seeded deal followed by a local search with a bounded budget, so its time grows linearly with
 * the number of candidates and pairs.
 */
public final class GroupProposer {

    private static final int MIN_GROUP_SIZE = 3;

    /** Proposes groups for the request, with what the leader should know about them. */
    public Proposal propose(ProposalRequest request) {
        List<String> leaders = new ArrayList<>(new TreeSet<>(request.leaderIds()));
        List<Candidate> members = membersInIdOrder(request.candidates(), Set.copyOf(leaders));
        int groupCount = groupCount(members.size(), request.targetSize());
        SplittableRandom random = new SplittableRandom(request.seed());
        // A seeded rotation picks who leads first, so leaders take turns evenly.
        int firstLeader = leaders.isEmpty() ? 0 : random.nextInt(leaders.size());
        String[] leaderOfGroup = new String[groupCount];
        for (int group = 0; group < groupCount && !leaders.isEmpty(); group++) {
            leaderOfGroup[group] = leaders.get((firstLeader + group) % leaders.size());
        }

        List<List<String>> groups = groupCount == 0
                ? List.of()
                : place(members, leaderOfGroup, request, random);
        Map<String, Integer> groupOfMember = new HashMap<>();
        for (int group = 0; group < groups.size(); group++) {
            for (String memberId : groups.get(group)) {
                groupOfMember.put(memberId, group);
            }
        }
        int[] repeatedPairs = pairsPerGroup(request.earlierGroupmates(), groupOfMember, leaderOfGroup);
        int[] neverTogetherBroken = pairsPerGroup(request.neverTogether(), groupOfMember, leaderOfGroup);
        Map<String, String> roleOfMember = new HashMap<>();
        members.forEach(member -> roleOfMember.put(member.personId(), roleLabel(member)));

        List<ProposedGroup> proposed = new ArrayList<>();
        for (int group = 0; group < groups.size(); group++) {
            List<String> memberIds = groups.get(group);
            proposed.add(new ProposedGroup(group + 1, leaderOfGroup[group], memberIds,
                    new GroupRationale(memberIds.size(), roleCounts(memberIds, roleOfMember),
                            repeatedPairs[group], neverTogetherBroken[group])));
        }

        Set<ProposalProblem> problems = EnumSet.noneOf(ProposalProblem.class);
        if (leaders.isEmpty()) {
            problems.add(ProposalProblem.NO_LEADERS);
        } else if (groupCount > 0 && leaders.size() > groupCount) {
            problems.add(ProposalProblem.MORE_LEADERS_THAN_GROUPS);
        }
        if (members.size() < MIN_GROUP_SIZE) {
            problems.add(ProposalProblem.TOO_FEW_CANDIDATES);
        }
        if (proposed.stream().anyMatch(group -> group.rationale().neverTogetherBroken() > 0)) {
            problems.add(ProposalProblem.NEVER_TOGETHER_UNSATISFIABLE);
        }
        return new Proposal(proposed, List.copyOf(problems));
    }

    /**
     * How many groups to make of {@code people} members: of the counts that give every group
     * between 3 and {@code targetSize + 1} members, the one whose average group size is closest
     * to {@code targetSize}, and the larger count on a tie, so groups rather end up at or below
     * the target than above it. So 6 people with target 5 make one group of 6 (average 6 beats
     * two groups of 3), and 12 people make three groups of 4 rather than two of 6.
     *
     * <p>Fewer than 3 people make one group (none for nobody). 5 people with target 3 cannot be
     * split within the bounds; they make one group of 5, since a group of 2 is too small to be
     * a mentoring group.
     */
    static int groupCount(int people, int targetSize) {
        if (people < MIN_GROUP_SIZE) {
            return people == 0 ? 0 : 1;
        }
        int fewest = (int) ((people + (long) targetSize) / (targetSize + 1L));
        int most = people / MIN_GROUP_SIZE;
        int best = most;
        for (int count = most - 1; count >= fewest; count--) {
            // |people/count - target| < |people/best - target|, cross-multiplied to stay exact
            if (Math.abs(people - (long) targetSize * count) * best
                    < Math.abs(people - (long) targetSize * best) * count) {
                best = count;
            }
        }
        return best;
    }

    private static List<Candidate> membersInIdOrder(List<Candidate> candidates, Set<String> leaders) {
        // Of two entries with the same id, keep the one whose role sorts first, whatever the input order.
        Map<String, Candidate> byId = new TreeMap<>();
        candidates.stream()
                .filter(candidate -> !leaders.contains(candidate.personId()))
                .sorted(Comparator.comparing(Candidate::roleKind, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(candidate -> byId.putIfAbsent(candidate.personId(), candidate));
        return List.copyOf(byId.values());
    }

    private static List<List<String>> place(List<Candidate> members, String[] leaderOfGroup,
            ProposalRequest request, SplittableRandom random) {
        Map<String, Integer> indexById = new HashMap<>();
        for (Candidate member : members) {
            indexById.put(member.personId(), indexById.size());
        }
        // Leaders get the indices after the members.
        int[] leaderIndexOfGroup = new int[leaderOfGroup.length];
        for (int group = 0; group < leaderOfGroup.length; group++) {
            leaderIndexOfGroup[group] = leaderOfGroup[group] == null
                    ? -1
                    : indexById.computeIfAbsent(leaderOfGroup[group], id -> indexById.size());
        }
        Map<String, Integer> kindIndex = new HashMap<>();
        int[] kindOf = members.stream()
                .mapToInt(member -> kindIndex.computeIfAbsent(roleLabel(member), kind -> kindIndex.size()))
                .toArray();
        ConflictGraph conflicts = ConflictGraph.of(indexById, members.size(),
                request.earlierGroupmates(), request.neverTogether());

        Assignment assignment = Assignment.search(leaderOfGroup.length, kindOf, kindIndex.size(),
                leaderIndexOfGroup, conflicts, random);

        List<List<String>> groups = new ArrayList<>();
        for (int[] group : assignment.groups()) {
            List<String> memberIds = new ArrayList<>();
            for (int member : group) {
                memberIds.add(members.get(member).personId());
            }
            memberIds.sort(null);
            groups.add(memberIds);
        }
        return groups;
    }

    /** How many of the pairs share each group, a pair of a member and the group's leader included. */
    private static int[] pairsPerGroup(Set<PersonPair> pairs, Map<String, Integer> groupOfMember,
            String[] leaderOfGroup) {
        int[] count = new int[leaderOfGroup.length];
        for (PersonPair pair : pairs) {
            Integer groupOfA = groupOfMember.get(pair.a());
            Integer groupOfB = groupOfMember.get(pair.b());
            if (groupOfA != null && groupOfA.equals(groupOfB)) {
                count[groupOfA]++;
            } else if (groupOfA != null && pair.b().equals(leaderOfGroup[groupOfA])) {
                count[groupOfA]++;
            } else if (groupOfB != null && pair.a().equals(leaderOfGroup[groupOfB])) {
                count[groupOfB]++;
            }
        }
        return count;
    }

    private static Map<String, Integer> roleCounts(List<String> memberIds, Map<String, String> roleOfMember) {
        Map<String, Integer> counts = new TreeMap<>();
        memberIds.forEach(id -> counts.merge(roleOfMember.get(id), 1, Integer::sum));
        Map<String, Integer> mostCommonFirst = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> mostCommonFirst.put(entry.getKey(), entry.getValue()));
        return mostCommonFirst;
    }

    private static String roleLabel(Candidate candidate) {
        String kind = candidate.roleKind();
        return kind == null || kind.isBlank() ? GroupRationale.UNKNOWN_ROLE : kind;
    }
}
