package org.mentoringbot.chat;

import org.mentoringbot.chat.reply.Reply;

/**
 * The one way the bot speaks first (reminders, "a place opened for you", welcome messages).
 * Implementations render the reply for their platform and the recipient's language.
 */
public interface ChatSender {
    /**
     * Sends one message now.
     *
     * @throws DeliveryFailed when the platform refused or could not be reached; the caller decides
     *     whether to try again
     */
    void send(ChatAddress address, Reply reply);

    /**
     * A send that did not go through. Its message is a short error code such as
     * {@code slack:channel_not_found}: it is logged and stored with the outbox row, so it never
     * carries message content.
     */
    final class DeliveryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean retryable;
        private final long retryAfterMillis;

        public DeliveryFailed(String errorCode, boolean retryable, long retryAfterMillis) {
            super(errorCode);
            this.retryable = retryable;
            this.retryAfterMillis = retryAfterMillis;
        }

        /** False when trying again cannot help (a channel that no longer exists, a revoked token). */
        public boolean retryable() {
            return retryable;
        }

        /** How long the platform asked us to wait (Slack's and Teams' Retry-After), 0 when it did not say. */
        public long retryAfterMillis() {
            return retryAfterMillis;
        }
    }
}
