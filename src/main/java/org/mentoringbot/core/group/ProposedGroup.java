package org.mentoringbot.core.group;

import java.util.List;

/**
 * One group in a proposal.
 *
 * @param number the group's number, counting from 1
 * @param leaderId who leads the group, or {@code null} when the round has no leaders
 * @param memberIds the members in id order, not including the leader
 * @param rationale facts about the group for the leader to judge it by
 */
public record ProposedGroup(int number, String leaderId, List<String> memberIds,
        GroupRationale rationale) {

    public ProposedGroup {
        memberIds = List.copyOf(memberIds);
    }
}
