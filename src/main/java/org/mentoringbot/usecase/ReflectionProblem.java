package org.mentoringbot.usecase;

/** Why a reflection can't be given (or its form opened) now; nothing is stored. */
public enum ReflectionProblem {
    /** The workspace has no program. */
    NO_PROGRAM,
    /** The person is not (or not yet: waiting list) in the current round. */
    NOT_IN_ROUND,
    /** The round is closed: its reflections are history. */
    ROUND_OVER,
    /** The baseline belongs to the start of the round; the round is being evaluated. */
    BASELINE_PASSED,
    /** The end-of-round reflection opens when the owner closes the round. */
    END_NOT_YET,
    /** No such session in the person's group (another group's, cancelled, or none at all). */
    NO_SUCH_SESSION,
    /** The session has not ended yet. */
    SESSION_NOT_OVER,
    /** A scale value outside 1 to 5. */
    SCALE_OUT_OF_RANGE,
    /** A note longer than {@link org.mentoringbot.core.reflection.Reflection#MAX_NOTE_LENGTH}. */
    NOTE_TOO_LONG
}
