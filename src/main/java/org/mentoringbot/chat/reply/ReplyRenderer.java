package org.mentoringbot.chat.reply;

/** Renders every kind of {@link Reply} for one platform. */
public interface ReplyRenderer<T> {
    T notice(Reply.Notice notice);

    T help(Reply.Help help);

    T status(Reply.Status status);
}
