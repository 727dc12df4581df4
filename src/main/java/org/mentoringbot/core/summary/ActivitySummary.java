package org.mentoringbot.core.summary;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened in a round, as counts that describe no one's reflection.
 *
 * @param participants members placed in groups
 * @param topicThemes how many proposed topics carry each theme, in theme order
 */
public record ActivitySummary(
        int participants,
        int groups,
        int sessionsHeld,
        Breakdown<AttendanceRate> attendance,
        Map<String, Integer> topicThemes) {

    public ActivitySummary {
        topicThemes = Collections.unmodifiableMap(new TreeMap<>(topicThemes));
    }
}
