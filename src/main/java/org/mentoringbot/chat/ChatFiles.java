package org.mentoringbot.chat;

/**
 * Shares a file in a conversation: a session's calendar invitation (.ics), a summary's chart (.png).
 * Implementations upload it the platform's way; the caller always says the same in text too.
 */
public interface ChatFiles {
    /**
     * @param comment plain text posted with the file (already in the audience's language)
     * @throws ChatSender.DeliveryFailed when the platform refused
     */
    void share(ChatAddress where, String fileName, String title, byte[] content, String comment);
}
