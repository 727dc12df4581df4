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

    /** A send that did not go through. */
    final class DeliveryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean retryable;
        private final long retryAfterMillis;

        public DeliveryFailed(String message, boolean retryable, long retryAfterMillis) {
            super(message);
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
