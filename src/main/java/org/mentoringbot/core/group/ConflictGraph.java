package org.mentoringbot.core.group;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who should not share a group with whom, as weighted adjacency lists by person index, so the
 * cost of moving a member is found in time proportional to the member's degree.
 *
 * <p>Members have indices {@code 0..memberCount-1} and leaders the indices after them. Leaders
 * never move, so only members get adjacency lists, and pairs of two leaders are left out.
 */
final class ConflictGraph {

    static final long EARLIER_GROUPMATES = 1;
    /** Outweighs any change in the other costs that one swap can make, so it acts as a hard rule. */
    static final long NEVER_TOGETHER = 1L << 40;

    final int[][] neighbours;
    final long[][] weights;

    private ConflictGraph(int[][] neighbours, long[][] weights) {
        this.neighbours = neighbours;
        this.weights = weights;
    }

    static ConflictGraph of(Map<String, Integer> indexById, int memberCount,
            Set<PersonPair> earlierGroupmates, Set<PersonPair> neverTogether) {
        // Keyed by (lower index, higher index), so a pair in both sets gets both weights.
        Map<Long, Long> weightByPair = new HashMap<>();
        addPairs(earlierGroupmates, EARLIER_GROUPMATES, indexById, memberCount, weightByPair);
        addPairs(neverTogether, NEVER_TOGETHER, indexById, memberCount, weightByPair);

        int[] degree = new int[memberCount];
        for (long key : weightByPair.keySet()) {
            degree[lower(key)]++;
            if (higher(key) < memberCount) {
                degree[higher(key)]++;
            }
        }
        int[][] neighbours = new int[memberCount][];
        long[][] weights = new long[memberCount][];
        for (int i = 0; i < memberCount; i++) {
            neighbours[i] = new int[degree[i]];
            weights[i] = new long[degree[i]];
        }
        int[] filled = new int[memberCount];
        weightByPair.forEach((key, weight) -> {
            int lower = lower(key);
            int higher = higher(key);
            neighbours[lower][filled[lower]] = higher;
            weights[lower][filled[lower]++] = weight;
            if (higher < memberCount) {
                neighbours[higher][filled[higher]] = lower;
                weights[higher][filled[higher]++] = weight;
            }
        });
        return new ConflictGraph(neighbours, weights);
    }

    private static void addPairs(Set<PersonPair> pairs, long weight, Map<String, Integer> indexById,
            int memberCount, Map<Long, Long> weightByPair) {
        for (PersonPair pair : pairs) {
            Integer a = indexById.get(pair.a());
            Integer b = indexById.get(pair.b());
            if (a == null || b == null || (a >= memberCount && b >= memberCount)) {
                continue;
            }
            weightByPair.merge((long) Math.min(a, b) << 32 | Math.max(a, b), weight, Long::sum);
        }
    }

    /** The lower index of a pair, always a member's since leaders come after members. */
    private static int lower(long key) {
        return (int) (key >>> 32);
    }

    private static int higher(long key) {
        return (int) key;
    }
}
