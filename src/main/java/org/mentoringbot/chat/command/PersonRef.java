package org.mentoringbot.chat.command;

/**
 * Someone named in command text: {@code <@U123|liv>} or {@code <@U123>} as Slack sends mentions
 * with escaping on, or {@code @liv} as typed without it. Resolved to a person by the dispatcher.
 *
 * @param userId the platform's id when the text carried it, else null
 * @param handle the name as typed, else null
 */
public record PersonRef(String userId, String handle) {
    /** How to show the reference back to the user when it can't be resolved. */
    public String asTyped() {
        return handle != null ? "@" + handle : userId;
    }
}
