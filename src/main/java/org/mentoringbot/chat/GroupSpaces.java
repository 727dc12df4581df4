package org.mentoringbot.chat;

import java.util.List;

/**
 * Private places the platform makes for people to talk: a channel (or group DM) per group, and
 * the leaders' circle where leaders support each other.
 */
public interface GroupSpaces {
    /**
     * Makes a private conversation with these people.
     *
     * @return the platform's id of the conversation
     * @throws ChatSender.DeliveryFailed when the platform refused
     */
    String openForGroup(String workspace, String name, List<String> userIds);

    /**
     * Makes the leaders' circle when {@code channelId} is null, and makes sure these leaders are in it.
     *
     * @return the circle's id
     */
    String gatherLeaders(String workspace, String channelId, String name, List<String> leaderUserIds);

    /** Takes someone who is no longer a leader out of the circle. */
    void removeFromLeaders(String workspace, String channelId, String userId);
}
