package org.mentoringbot.core.group;

/** Something the leader should know about a proposal before accepting it. */
public enum ProposalProblem {
    /** The round has no leaders, so no group has one. */
    NO_LEADERS,
    /** There are more leaders than groups, so some leaders lead no group this time. */
    MORE_LEADERS_THAN_GROUPS,
    /** Fewer than three candidates: there is at most one group, and it is small. */
    TOO_FEW_CANDIDATES,
    /** Some never-together pairs share a group, because no way to keep them apart was found. */
    NEVER_TOGETHER_UNSATISFIABLE
}
