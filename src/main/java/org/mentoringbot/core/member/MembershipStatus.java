package org.mentoringbot.core.member;

/** Whether someone who joined a round has a place in it yet. */
public enum MembershipStatus {
    ENROLLED,
    WAITING
}
