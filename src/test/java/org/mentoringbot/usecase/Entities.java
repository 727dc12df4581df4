package org.mentoringbot.usecase;

import java.lang.reflect.Field;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

/**
 * Writes the private fields that JPA writes in production (the generated id) or that no use case
 * changes yet (a round's state), on the same instance, so in-memory repositories behave as JPA does.
 */
public final class Entities {
    private Entities() {}

    static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }

    /** A round moved to a state no use case reaches yet, e.g. CLOSED. */
    public static Round inState(Round round, RoundState state) {
        return set(round, "state", state);
    }

    private static <T> T set(T entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(entity.getClass().getSimpleName() + " has no field '" + name + "' any more", e);
        }
    }
}
