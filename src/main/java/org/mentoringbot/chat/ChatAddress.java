package org.mentoringbot.chat;

import java.util.Objects;
import org.mentoringbot.core.member.Person;

/**
 * Where a proactive message goes: a person's direct messages or a conversation (a group's
 * channel, the leaders' circle), in one workspace.
 *
 * @param workspace the platform and workspace, as in {@link org.mentoringbot.core.member.Person#workspace()}
 * @param conversation the platform's id of a user (for a direct message) or of a channel
 */
public record ChatAddress(String workspace, String conversation) {
    public ChatAddress {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(conversation, "conversation");
    }

    public static ChatAddress directTo(Person person) {
        return new ChatAddress(person.workspace(), person.userId());
    }
}
