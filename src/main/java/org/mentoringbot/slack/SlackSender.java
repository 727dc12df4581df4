package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;

/**
 * Sends the bot's own messages with {@code chat.postMessage}: to a user id (their direct messages
 * with the app, in their language) or to a channel (in English unless told otherwise).
 */
final class SlackSender implements ChatSender {
    /** Errors that no retry can mend. */
    private static final Set<String> FINAL_ERRORS = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "account_inactive", "invalid_auth", "token_revoked", "user_not_found", "msg_too_long", "no_text", "invalid_blocks");

    private final MethodsClient slack;
    private final String botToken;
    private final SlackUserDirectory users;

    SlackSender(MethodsClient slack, String botToken, SlackUserDirectory users) {
        this.slack = slack;
        this.botToken = botToken;
        this.users = users;
    }

    @Override
    public void send(ChatAddress address, Reply reply) {
        String conversation = address.conversation();
        Locale locale = conversation.startsWith("U") || conversation.startsWith("W") ? users.localeOf(conversation) : Locale.ENGLISH;
        SlackMessage message = reply.accept(new BlockKitRenderer(Messages.in(locale)));
        try {
            var response = slack.chatPostMessage(r -> r.token(botToken).channel(conversation).text(message.text()).blocks(message.blocks()));
            if (!response.isOk()) {
                String error = response.getError();
                throw new DeliveryFailed("chat.postMessage: " + error, !FINAL_ERRORS.contains(error), "ratelimited".equals(error) ? 1000 : 0);
            }
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            long retryAfter = retryAfterMillis(e.getResponse().header("Retry-After"));
            String error = e.getError() == null ? null : e.getError().getError();
            boolean retryable = status == 429 || status >= 500 || error == null || !FINAL_ERRORS.contains(error);
            throw new DeliveryFailed("chat.postMessage: HTTP " + status + (error == null ? "" : " " + error), retryable, retryAfter);
        } catch (IOException e) {
            throw new DeliveryFailed("chat.postMessage: " + e.getClass().getSimpleName(), true, 0);
        }
    }

    static long retryAfterMillis(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip())) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
