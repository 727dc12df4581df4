package org.mentoringbot.core.summary;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One figure for the whole round and, when every group is large enough, the same figure per group.
 *
 * <p>Per-group figures are all-or-nothing: if any group's cell is below the threshold, no group is shown
 * ({@code perGroup} is empty and {@code perGroupSuppressed} is true). Showing the other groups would single out
 * the small group as the one that did not answer, and with an overall figure beside them it would invite
 * subtracting them from the total.
 *
 * @param perGroup by group id, in id order
 */
public record Breakdown<F>(F overall, Map<String, F> perGroup, boolean perGroupSuppressed) {

    public Breakdown {
        Objects.requireNonNull(overall, "overall");
        perGroup = Collections.unmodifiableMap(new TreeMap<>(perGroup));
        if (perGroupSuppressed && !perGroup.isEmpty()) {
            throw new IllegalArgumentException("suppressed per-group figures must not be handed out");
        }
    }

    /** Hands out the per-group figures only if every one of them is shown. */
    static <F> Breakdown<F> allOrNothing(F overall, Map<String, F> perGroup, Predicate<F> shown) {
        return perGroup.values().stream().allMatch(shown)
                ? new Breakdown<>(overall, perGroup, false)
                : new Breakdown<>(overall, Map.of(), true);
    }
}
