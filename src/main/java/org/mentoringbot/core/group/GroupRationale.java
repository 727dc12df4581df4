package org.mentoringbot.core.group;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a proposed group looks the way it does, as facts the chat layer turns into one line such
 * as "5 people · 3 teachers, 2 special educators · nobody has shared a group before".
 *
 * @param size the number of members, not counting the leader
 * @param roleCounts members per role kind, most common first; members without a known kind
 *     count under {@link #UNKNOWN_ROLE}
 * @param repeatedPairs pairs in the group, the leader included, who have shared a group before
 * @param neverTogetherBroken never-together pairs in the group, the leader included
 */
public record GroupRationale(int size, Map<String, Integer> roleCounts, int repeatedPairs,
        int neverTogetherBroken) {

    public static final String UNKNOWN_ROLE = "unknown";

    public GroupRationale {
        // A copy that keeps the order: the chat layer lists the most common kind first.
        roleCounts = Collections.unmodifiableMap(new LinkedHashMap<>(roleCounts));
    }
}
