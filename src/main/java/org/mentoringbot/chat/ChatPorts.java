package org.mentoringbot.chat;

import java.util.concurrent.Executor;
import org.mentoringbot.usecase.People;

/**
 * What a chat platform lends the shared chat layer: who people are, how to speak first, where
 * groups talk, how to share files, and where to run work after the answer.
 *
 * @param followUps a background executor for chat platforms, the calling thread for the console
 */
public record ChatPorts(People people, ChatSender sender, GroupSpaces spaces, ChatFiles files, Executor followUps) {}
