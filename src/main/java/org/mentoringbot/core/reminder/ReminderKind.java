package org.mentoringbot.core.reminder;

/** What a reminder is about, which decides whom it goes to and until when it is still useful. */
public enum ReminderKind {
    /** "Your group meets tomorrow at 15:00": to everyone in the group, before the session. */
    BEFORE_SESSION,
    /** The agenda and who sent apologies: to the group's leader, before the session. */
    LEADER_PREPARATION,
    /** "How did it go?": to everyone in the group, shortly after the session. */
    REFLECT_INVITATION,
    /** The one gentle follow-up to the reflection invitation, again to everyone (nobody singled out). */
    REFLECT_FOLLOW_UP,
    /** The end-of-round reflection, to everyone in the round, when it closes. */
    END_OF_ROUND_INVITATION,
    /** The one gentle follow-up to it. */
    END_OF_ROUND_FOLLOW_UP
}
