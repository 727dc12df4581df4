package org.mentoringbot.core.group;

import java.util.SplittableRandom;

/**
 * Members placed in groups of fixed sizes, improved by swapping two members of different groups.
 *
 * <p>Swaps are judged on three costs in strict order: never-together pairs sharing a group, then
 * role kinds spread unevenly, then earlier groupmates sharing a group again. The weights keep
 * that order as long as nobody has 2^19 or more earlier groupmates.
 */
final class Assignment {

    /** Outweighs the change in repeated pairs one swap can make: at most the two members' degrees. */
    private static final long ROLE_EXCESS = 1L << 20;
    private static final int PARTNERS_TRIED = 8;
    /** Passes over all members without a strict improvement after which a search starts afresh. */
    private static final int STALE_PASSES = 3;
    // The work budget, in visits and tried swaps, grows linearly with the members so time is predictable.
    private static final int WORK_PER_MEMBER = 200;
    private static final int MIN_WORK = 20_000;

    private final ConflictGraph conflicts;
    private final int[] kindOf;
    private final int[] kindFloor;
    private final int[] kindCeiling;
    /** The person index of each group's leader, or -1. */
    private final int[] leaderOfGroup;
    private final int[][] membersOf;
    private final int[] groupOf;
    private final int[] slotOf;
    /** Weighted pairs that share a group. */
    private long pairCost;
    /**
     * Members of a kind above its even share or missing below it, summed over groups and kinds;
     * zero after the deal.
     */
    private int roleExcess;

    /**
     * Deals the members kind by kind, shuffled within each kind, round robin over the groups, so
     * group sizes and the count of every kind differ by at most one between groups.
     */
    private Assignment(int groupCount, int[] kindOf, int kindCount, int[] leaderOfGroup,
            ConflictGraph conflicts, SplittableRandom random) {
        int memberCount = kindOf.length;
        this.conflicts = conflicts;
        this.kindOf = kindOf;
        this.leaderOfGroup = leaderOfGroup;
        this.groupOf = new int[memberCount];
        this.slotOf = new int[memberCount];

        int[] kindSize = new int[kindCount];
        for (int kind : kindOf) {
            kindSize[kind]++;
        }
        kindFloor = new int[kindCount];
        kindCeiling = new int[kindCount];
        int[] nextPositionOfKind = new int[kindCount];
        for (int kind = 0, start = 0; kind < kindCount; start += kindSize[kind++]) {
            kindFloor[kind] = kindSize[kind] / groupCount;
            kindCeiling[kind] = (kindSize[kind] + groupCount - 1) / groupCount;
            nextPositionOfKind[kind] = start;
        }
        int[] dealOrder = new int[memberCount]; // sorted by kind, shuffled within each kind
        for (int member : shuffledIndices(memberCount, random)) {
            dealOrder[nextPositionOfKind[kindOf[member]]++] = member;
        }

        membersOf = new int[groupCount][];
        for (int group = 0; group < groupCount; group++) {
            membersOf[group] = new int[memberCount / groupCount + (group < memberCount % groupCount ? 1 : 0)];
        }
        for (int position = 0; position < memberCount; position++) {
            int member = dealOrder[position];
            groupOf[member] = position % groupCount;
            slotOf[member] = position / groupCount;
            membersOf[groupOf[member]][slotOf[member]] = member;
        }
        for (int member = 0; member < memberCount; member++) {
            int[] neighbours = conflicts.neighbours[member];
            for (int i = 0; i < neighbours.length; i++) {
                // Leaders' indices are above every member's, so each pair is counted once.
                if (neighbours[i] > member && isIn(neighbours[i], groupOf[member])) {
                    pairCost += conflicts.weights[member][i];
                }
            }
        }
    }

    /**
     * Deals and improves within the work budget, dealing afresh while the result still has a
     * cost and there is budget left, since a local search can get stuck where a new deal does
     * not; returns the best result.
     */
    static Assignment search(int groupCount, int[] kindOf, int kindCount, int[] leaderOfGroup,
            ConflictGraph conflicts, SplittableRandom random) {
        Assignment best = new Assignment(groupCount, kindOf, kindCount, leaderOfGroup, conflicts, random);
        if (groupCount < 2) {
            return best;
        }
        long budget = Math.max(MIN_WORK, (long) WORK_PER_MEMBER * kindOf.length);
        budget -= best.improve(random, budget);
        while (best.cost() > 0 && budget > 0) {
            Assignment attempt = new Assignment(groupCount, kindOf, kindCount, leaderOfGroup, conflicts, random);
            budget -= kindOf.length + attempt.improve(random, budget);
            if (attempt.cost() < best.cost()) {
                best = attempt;
            }
        }
        return best;
    }

    /** The member indices of each group. */
    int[][] groups() {
        return membersOf;
    }

    private long cost() {
        return pairCost + ROLE_EXCESS * roleExcess;
    }

    /**
     * Visits members in a seeded order; for each one in conflict, tries a few random partners and
     * makes the best swap unless it would make things worse. Stops when nothing is left to
     * improve, the budget is spent or the search has gone stale; returns the work done.
     */
    private long improve(SplittableRandom random, long budget) {
        int memberCount = groupOf.length;
        int[] visitOrder = shuffledIndices(memberCount, random);
        long work = 0;
        long staleVisits = 0;
        for (int visit = 0; work < budget && cost() > 0 && staleVisits < (long) STALE_PASSES * memberCount;
                visit = (visit + 1) % memberCount) {
            int member = visitOrder[visit];
            work++;
            staleVisits++;
            if (roleExcess == 0 && costIn(member, groupOf[member], -1) == 0) {
                continue;
            }
            int bestPartner = -1;
            long bestChange = Long.MAX_VALUE;
            for (int tried = 0; tried < PARTNERS_TRIED; tried++, work++) {
                int partner = random.nextInt(memberCount);
                if (groupOf[partner] != groupOf[member]) {
                    long change = pairChange(member, partner) + ROLE_EXCESS * roleChange(member, partner);
                    if (change < bestChange) {
                        bestPartner = partner;
                        bestChange = change;
                    }
                }
            }
            // Taking swaps that change nothing lets the search walk across plateaus.
            if (bestPartner >= 0 && bestChange <= 0) {
                swap(member, bestPartner);
                if (bestChange < 0) {
                    staleVisits = 0;
                }
            }
        }
        return work;
    }

    private void swap(int member, int partner) {
        pairCost += pairChange(member, partner);
        roleExcess += roleChange(member, partner);
        int group = groupOf[member];
        int slot = slotOf[member];
        groupOf[member] = groupOf[partner];
        slotOf[member] = slotOf[partner];
        groupOf[partner] = group;
        slotOf[partner] = slot;
        membersOf[groupOf[member]][slotOf[member]] = member;
        membersOf[group][slot] = partner;
    }

    private long pairChange(int member, int partner) {
        int from = groupOf[member];
        int to = groupOf[partner];
        return costIn(member, to, partner) - costIn(member, from, partner)
                + costIn(partner, from, member) - costIn(partner, to, member);
    }

    /** The weight of the member's conflicts with people in the group, not counting {@code ignored}. */
    private long costIn(int member, int group, int ignored) {
        int[] neighbours = conflicts.neighbours[member];
        long cost = 0;
        for (int i = 0; i < neighbours.length; i++) {
            if (neighbours[i] != ignored && isIn(neighbours[i], group)) {
                cost += conflicts.weights[member][i];
            }
        }
        return cost;
    }

    private boolean isIn(int person, int group) {
        return person < groupOf.length ? groupOf[person] == group : leaderOfGroup[group] == person;
    }

    private int roleChange(int member, int partner) {
        int kind = kindOf[member];
        int partnerKind = kindOf[partner];
        if (kind == partnerKind) {
            return 0;
        }
        int from = groupOf[member];
        int to = groupOf[partner];
        return excessChange(from, kind, -1) + excessChange(from, partnerKind, +1)
                + excessChange(to, partnerKind, -1) + excessChange(to, kind, +1);
    }

    private int excessChange(int group, int kind, int by) {
        int count = 0;
        for (int member : membersOf[group]) {
            if (kindOf[member] == kind) {
                count++;
            }
        }
        return excess(kind, count + by) - excess(kind, count);
    }

    private int excess(int kind, int count) {
        return Math.max(0, count - kindCeiling[kind]) + Math.max(0, kindFloor[kind] - count);
    }

    private static int[] shuffledIndices(int size, SplittableRandom random) {
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            int j = random.nextInt(i + 1);
            indices[i] = indices[j];
            indices[j] = i;
        }
        return indices;
    }
}
