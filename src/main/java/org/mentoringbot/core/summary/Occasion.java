package org.mentoringbot.core.summary;

import java.util.Objects;

/**
 * When a scale answer was given: once at joining, once after each held session, once at the end of the round.
 * Together with the respondent and the scale it identifies one answer, so an edit is the same answer again.
 */
public sealed interface Occasion permits Occasion.Joining, Occasion.AfterSession, Occasion.RoundEnd {

    /** The baseline, answered when joining the round. */
    Occasion JOINING = new Joining();

    /** The answer at the end of the round. */
    Occasion ROUND_END = new RoundEnd();

    static Occasion afterSession(String sessionId) {
        return new AfterSession(sessionId);
    }

    /** The baseline answer given when joining the round. */
    record Joining() implements Occasion {
    }

    /** The answer given after one held session. */
    record AfterSession(String sessionId) implements Occasion {
        public AfterSession {
            Objects.requireNonNull(sessionId, "sessionId");
            if (sessionId.isBlank()) {
                throw new IllegalArgumentException("sessionId must not be blank");
            }
        }
    }

    /** The answer given at the end of the round. */
    record RoundEnd() implements Occasion {
    }
}
