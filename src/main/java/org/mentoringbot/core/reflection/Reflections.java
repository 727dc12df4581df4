package org.mentoringbot.core.reflection;

import java.util.List;
import java.util.Optional;

/** Members' reflections. Only use cases that respect the privacy rules may read them. */
public interface Reflections {
    Reflection add(Reflection reflection);

    Optional<Reflection> find(long roundId, String userId, Reflection.Kind kind, Long sessionId);

    /** The author's own reflections in a round, oldest first. */
    List<Reflection> byAuthor(long roundId, String userId);

    /** Every reflection of the round, for aggregates only: callers never pass notes on. */
    List<Reflection> ofRound(long roundId);

    /** Erases one reflection (its author asked to be forgotten). */
    void remove(Reflection reflection);
}
