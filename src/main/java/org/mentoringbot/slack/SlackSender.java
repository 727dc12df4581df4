package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;

/**
 * Posts proactive messages with chat.postMessage: to a channel, or to a user id, which Slack
 * delivers as a direct message from the app. Direct messages are written in the user's own
 * language (users.info), channel messages in English. Slack's answers are mapped to
 * {@link ChatSender.DeliveryFailed}: rate limits and outages can be retried (after Slack's
 * Retry-After), a missing channel or a revoked token cannot.
 */
final class SlackSender implements ChatSender {
    static final String WORKSPACE_PREFIX = "slack:";
    /** When Slack rate-limits without saying for how long (it always says, today). */
    static final long DEFAULT_RETRY_AFTER_MILLIS = 1_000;

    /** Errors that trying again cannot mend: the conversation, the token or the message itself is wrong. */
    private static final Set<String> PERMANENT = Set.of(
            "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth", "not_authed",
            "token_revoked", "token_expired", "no_permission", "missing_scope", "not_allowed_token_type", "team_access_not_granted",
            "ekm_access_denied", "enterprise_is_restricted", "org_login_required", "user_not_found", "user_disabled",
            "cannot_dm_bot", "messages_tab_disabled", "restricted_action", "restricted_action_read_only_channel",
            "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel", "msg_too_long", "no_text",
            "invalid_blocks", "invalid_blocks_format", "invalid_arguments", "invalid_arg_name", "invalid_charset",
            "too_many_attachments", "method_deprecated", "deprecated_endpoint");
    private static final Set<String> RATE_LIMITED = Set.of("ratelimited", "rate_limited");

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
        if (!address.workspace().startsWith(WORKSPACE_PREFIX)) {
            throw new DeliveryFailed("slack:not_a_slack_workspace", false, 0);
        }
        String teamId = address.workspace().substring(WORKSPACE_PREFIX.length());
        String channel = address.conversation();
        Locale locale;
        try {
            locale = isUserId(channel) ? users.localeOf(teamId, channel) : Locale.ENGLISH;
        } catch (SlackUserDirectory.RateLimited e) {
            throw new DeliveryFailed("slack:users.info:ratelimited", true, e.retryAfterMillis());
        }
        SlackMessage message = reply.accept(new BlockKitRenderer(Messages.in(locale)));
        ChatPostMessageResponse response;
        try {
            response = slack.chatPostMessage(r -> r.token(botToken).channel(channel).text(message.text()).blocks(message.blocks()));
        } catch (SlackApiException e) {
            throw failure(e);
        } catch (IOException e) {
            // Refused, reset, timed out: the message may or may not have arrived; Slack can't say.
            throw new DeliveryFailed("slack:io:" + e.getClass().getSimpleName(), true, 0);
        }
        if (!response.isOk()) {
            throw failure(response.getError(), header(response.getHttpResponseHeaders(), "Retry-After"));
        }
    }

    /** User ids start with U (W on Enterprise Grid); channels with C, G or D. */
    private static boolean isUserId(String conversation) {
        return conversation.startsWith("U") || conversation.startsWith("W");
    }

    private static DeliveryFailed failure(SlackApiException e) {
        int status = e.getResponse().code();
        String retryAfter = e.getResponse().header("Retry-After");
        if (status == 429) {
            return new DeliveryFailed("slack:ratelimited", true, retryAfterMillis(retryAfter));
        }
        if (status >= 500) {
            return new DeliveryFailed("slack:http_" + status, true, retryAfter == null ? 0 : retryAfterMillis(retryAfter));
        }
        if (e.getError() != null && e.getError().getError() != null) {
            return failure(e.getError().getError(), retryAfter);
        }
        return new DeliveryFailed("slack:http_" + status, status == 408, 0);
    }

    private static DeliveryFailed failure(String error, String retryAfter) {
        String code = error == null ? "unknown" : error.replaceAll("[^A-Za-z0-9_.]", "_");
        if (RATE_LIMITED.contains(code)) {
            return new DeliveryFailed("slack:ratelimited", true, retryAfterMillis(retryAfter));
        }
        // Anything not known to be permanent (internal_error, service_unavailable, a new code) is tried
        // again: a message is worth a few more requests, and retrying stops after an hour anyway.
        return new DeliveryFailed("slack:" + code, !PERMANENT.contains(code), 0);
    }

    /** Slack's Retry-After is whole seconds; missing or unreadable means one second. */
    static long retryAfterMillis(String header) {
        if (header != null) {
            try {
                long seconds = Long.parseLong(header.strip());
                if (seconds >= 0 && seconds < 86_400) {
                    return Math.max(1, seconds) * 1_000;
                }
            } catch (NumberFormatException e) {
                // falls through to the default
            }
        }
        return DEFAULT_RETRY_AFTER_MILLIS;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey()) && entry.getValue() != null && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
