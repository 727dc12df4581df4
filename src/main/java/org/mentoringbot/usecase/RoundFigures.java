package org.mentoringbot.usecase;

import java.util.Map;
import java.util.TreeMap;
import org.mentoringbot.core.summary.ActivitySummary;
import org.mentoringbot.core.summary.ScaleSummary;

/**
 * The figures of a round summary as core/summary let them out: counts of what happened, and the two scales from
 * sealed blocks only. No names, no notes, no topic texts: nothing in here can say who answered what.
 *
 * @param minRespondents the privacy threshold the figures were made with
 * @param limitedToGroups true for a leader's summary of their own groups
 * @param groupNumbers the number of each group covered, by the group id the figures use
 * @param activity topic themes are counted under {@link #PROPOSED} and {@link #DISCUSSED}
 */
public record RoundFigures(int minRespondents, boolean limitedToGroups, Map<String, Integer> groupNumbers,
        ActivitySummary activity, ScaleSummary mastery, ScaleSummary safety) {
    /** Every topic put on a group's board and not withdrawn. */
    public static final String PROPOSED = "proposed";
    /** Topics the group has discussed. */
    public static final String DISCUSSED = "discussed";

    public RoundFigures {
        groupNumbers = Map.copyOf(new TreeMap<>(groupNumbers));
    }

    public int topicsProposed() {
        return activity.topicThemes().getOrDefault(PROPOSED, 0);
    }

    public int topicsDiscussed() {
        return activity.topicThemes().getOrDefault(DISCUSSED, 0);
    }
}
