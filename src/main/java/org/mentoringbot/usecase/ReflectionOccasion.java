package org.mentoringbot.usecase;

import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflection.Kind;

/**
 * Which reflection a member means: the baseline, the one after a session, the end of the round, or
 * {@link #DUE_NOW} to let the round's state and the group's sessions decide.
 *
 * @param kind null for {@link #DUE_NOW}
 * @param sessionId the session, for {@link Kind#SESSION} only
 */
public record ReflectionOccasion(Kind kind, Long sessionId) {
    public static final ReflectionOccasion DUE_NOW = new ReflectionOccasion(null, null);
    public static final ReflectionOccasion BASELINE = new ReflectionOccasion(Kind.BASELINE, null);
    public static final ReflectionOccasion END_OF_ROUND = new ReflectionOccasion(Kind.END_OF_ROUND, null);

    public ReflectionOccasion {
        if ((kind == Kind.SESSION) != (sessionId != null)) {
            throw new IllegalArgumentException("a session reflection names its session, and only it does");
        }
    }

    public static ReflectionOccasion session(long sessionId) {
        return new ReflectionOccasion(Kind.SESSION, sessionId);
    }

    static ReflectionOccasion of(Reflection reflection) {
        return new ReflectionOccasion(reflection.kind(), reflection.sessionId());
    }

    public boolean dueNow() {
        return kind == null;
    }
}
