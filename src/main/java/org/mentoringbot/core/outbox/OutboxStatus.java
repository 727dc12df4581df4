package org.mentoringbot.core.outbox;

/** Where a proactive message stands. */
public enum OutboxStatus {
    /** Waiting to be sent, or to be tried again. */
    PENDING,
    /** The platform accepted it. */
    SENT,
    /** Given up on: the platform refused for good, or kept failing for too long. */
    FAILED
}
