package org.mentoringbot.core.summary;

import java.util.Objects;

/**
 * Marks one answer as counted in a sealed block. It holds no value and says nothing about which block: the
 * ledger only needs to know not to count the answer again.
 */
public record SealedAnswer(String respondentId, Scale scale, Occasion occasion) {

    public SealedAnswer {
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(occasion, "occasion");
    }

    static SealedAnswer of(ScaleAnswer answer) {
        return new SealedAnswer(answer.respondentId(), answer.scale(), answer.occasion());
    }
}
