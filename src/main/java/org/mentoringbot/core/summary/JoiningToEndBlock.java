package org.mentoringbot.core.summary;

import java.util.Objects;

/**
 * {@code respondents} members of one group who answered both at joining and at the end, frozen as two anonymous
 * sums when the block filled. It is never recomputed, whatever happens to the answers later.
 */
public record JoiningToEndBlock(Scale scale, String groupId, int respondents, long joiningSum, long endSum) {

    public JoiningToEndBlock {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(groupId, "groupId");
        AfterSessionBlock.requireSealable(respondents, joiningSum);
        AfterSessionBlock.requireSealable(respondents, endSum);
    }
}
