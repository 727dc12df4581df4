package org.mentoringbot.core.summary;

/** The two reflection scales a member answers from 1 to 5. */
public enum Scale {
    /** "Sense of mastery". */
    MASTERY,
    /** "Feeling safe in decisions". */
    SAFETY_IN_DECISIONS
}
