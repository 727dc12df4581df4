package org.mentoringbot.core.summary;

import java.util.Objects;

/**
 * After-session answers of one group, one from each of {@code answers} different members, frozen as an
 * anonymous sum when the block filled. It is never recomputed, whatever happens to the answers later.
 */
public record AfterSessionBlock(Scale scale, String groupId, int answers, long sum) {

    public AfterSessionBlock {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(groupId, "groupId");
        requireSealable(answers, sum);
    }

    static void requireSealable(int people, long sum) {
        if (people < PrivacyThreshold.FLOOR) {
            throw new IllegalArgumentException("a sealed block has at least " + PrivacyThreshold.FLOOR
                    + " people, had " + people);
        }
        if (sum < (long) people * ScaleAnswer.LOWEST || sum > (long) people * ScaleAnswer.HIGHEST) {
            throw new IllegalArgumentException("sum " + sum + " is impossible for " + people + " answers");
        }
    }
}
