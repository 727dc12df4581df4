package org.mentoringbot.core.topic;

import java.util.List;
import java.util.Optional;

/** The groups' topic boards and votes. */
public interface Topics {
    Topic add(Topic topic);

    Optional<Topic> byId(long topicId);

    /** The group's topics, oldest first. */
    List<Topic> ofGroup(long groupId);

    /** Every topic of the round, for counting themes (never for showing authors). */
    List<Topic> ofRound(long roundId);

    /** Erases a topic and the votes for it (its author asked to be forgotten). */
    void remove(Topic topic);

    /**
     * How many topics each group of the round has in each status: counts only, no author and no text.
     * Ordered by group id, then by the status's name.
     */
    List<TopicCount> countsOfRound(long roundId);

    Vote add(Vote vote);

    void remove(Vote vote);

    List<Vote> votesFor(long topicId);

    /** The member's votes in the round. */
    List<Vote> votesBy(long roundId, String userId);
}
