package org.mentoringbot.core.group;

import java.util.List;
import java.util.Set;

/**
 * What a leader asks for when the bot proposes groups for a round.
 *
 * @param candidates the people to place; a repeated id counts as one person
 * @param leaderIds the round's group leaders; a leader who is also a candidate leads and is
 *     not placed as a member
 * @param targetSize the wished-for number of members per group, at least 3
 * @param earlierGroupmates pairs who have shared a group before and should preferably not
 *     again
 * @param neverTogether pairs who must not share a group
 * @param seed varies the proposal; the same request with the same seed gives the same proposal
 */
public record ProposalRequest(
        List<Candidate> candidates,
        List<String> leaderIds,
        int targetSize,
        Set<PersonPair> earlierGroupmates,
        Set<PersonPair> neverTogether,
        long seed) {

    public ProposalRequest {
        if (targetSize < 3) {
            throw new IllegalArgumentException("targetSize must be at least 3, was " + targetSize);
        }
        candidates = List.copyOf(candidates);
        leaderIds = List.copyOf(leaderIds);
        earlierGroupmates = Set.copyOf(earlierGroupmates);
        neverTogether = Set.copyOf(neverTogether);
    }
}
