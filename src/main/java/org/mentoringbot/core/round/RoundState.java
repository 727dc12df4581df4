package org.mentoringbot.core.round;

/** Where a round is in its half-year life. */
public enum RoundState {
    /** People may join; groups are being formed. */
    ENROLLING,
    /** Groups meet. Late joiners are still welcome. */
    RUNNING,
    /** The round is over; members give their end-of-round reflection. */
    EVALUATING,
    /** History only. */
    CLOSED;

    public boolean acceptsMembers() {
        return this == ENROLLING || this == RUNNING;
    }
}
