package org.mentoringbot.usecase;

/**
 * Ends a session use case early with the reason, before anything is written. Caught by the use
 * case itself and returned as its result; it never leaves the use case layer.
 */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SessionProblem problem;

    Refused(SessionProblem problem) {
        super(null, null, false, false);
        this.problem = problem;
    }

    SessionProblem problem() {
        return problem;
    }
}
