package org.mentoringbot.chat;

import org.mentoringbot.chat.reply.Reply;

/** The buttons that open the reflection form, for messages the bot sends first (reminders). */
public final class ReflectionButtons {
    private ReflectionButtons() {}

    /** Opens the form for this session's reflection. */
    public static Reply.Action afterSession(long sessionId) {
        return ReflectionCommands.afterSession(sessionId);
    }

    /** Opens the form for the end-of-round reflection. */
    public static Reply.Action endOfRound() {
        return ReflectionCommands.END;
    }
}
