package org.mentoringbot.core.group;

import java.util.List;

/**
 * Groups the bot proposes for a round; the leader decides whether to use them.
 *
 * @param groups the groups, numbered from 1
 * @param problems what the leader should know before accepting, empty when nothing
 */
public record Proposal(List<ProposedGroup> groups, List<ProposalProblem> problems) {

    public Proposal {
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }
}
