package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack says about the bot token, asked with {@code auth.test} once at start-up instead of on
 * every request (Bolt's way, which turns a bad token into a stack trace per request). When Slack
 * can't be reached the answer is "unverified", and it is asked again in the background until it answers.
 */
final class SlackToken implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackToken.class);
    /** Slack's errors that mean the token itself is wrong, not that Slack is having a bad moment. */
    static final Set<String> REFUSALS = Set.of("invalid_auth", "not_authed", "token_revoked", "account_inactive",
            "token_expired", "not_allowed_token_type");
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LAST_RETRY = Duration.ofMinutes(5);

    /** The bot's own user and workspace, as auth.test gave them. */
    record Identity(String botUserId, String teamId) {}

    private final MethodsClient slack;
    private final String token;
    private final AtomicReference<Identity> identity = new AtomicReference<>();
    private ScheduledExecutorService retries;

    SlackToken(MethodsClient slack, String token) {
        this.slack = slack;
        this.token = token;
    }

    /** One auth.test; remembers the bot's identity when Slack accepts the token. */
    SlackAdapter.TokenCheck check() {
        try {
            AuthTestResponse response = slack.authTest(r -> r.token(token));
            if (response.isOk()) {
                identity.set(new Identity(response.getUserId(), response.getTeamId()));
                return new SlackAdapter.TokenCheck.Valid();
            }
            return refusedOrUnverified(response.getError());
        } catch (SlackApiException e) {
            return new SlackAdapter.TokenCheck.Unreachable("HTTP " + e.getResponse().code());
        } catch (Exception e) {
            return new SlackAdapter.TokenCheck.Unreachable(reason(e));
        }
    }

    /** Checks another token (the app-level token) with {@code apps.connections.open}'s errors in mind. */
    SlackAdapter.TokenCheck checkAppToken(String appToken) {
        try {
            var response = slack.appsConnectionsOpen(r -> r.token(appToken));
            return response.isOk() ? new SlackAdapter.TokenCheck.Valid() : refusedOrUnverified(response.getError());
        } catch (SlackApiException e) {
            return new SlackAdapter.TokenCheck.Unreachable("HTTP " + e.getResponse().code());
        } catch (Exception e) {
            return new SlackAdapter.TokenCheck.Unreachable(reason(e));
        }
    }

    private static SlackAdapter.TokenCheck refusedOrUnverified(String error) {
        return REFUSALS.contains(error) ? new SlackAdapter.TokenCheck.Refused(error)
                : new SlackAdapter.TokenCheck.Unreachable("Slack answered " + error);
    }

    /** The bot's identity once Slack has accepted the token; null until then. */
    Identity identity() {
        return identity.get();
    }

    boolean verified() {
        return identity.get() != null;
    }

    /** Asks again, later and less often each time, until Slack accepts the token (or refuses it). */
    synchronized void retryUntilVerified() {
        if (retries != null || verified()) {
            return;
        }
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slack-token-check");
            thread.setDaemon(true);
            return thread;
        });
        schedule(FIRST_RETRY);
    }

    private void schedule(Duration delay) {
        retries.schedule(() -> {
            SlackAdapter.TokenCheck check = check();
            if (check instanceof SlackAdapter.TokenCheck.Valid) {
                LOG.info("Slack answered: SLACK_BOT_TOKEN is verified");
            } else if (check instanceof SlackAdapter.TokenCheck.Refused refused) {
                LOG.error("Slack refused SLACK_BOT_TOKEN ({}): replace it with the Bot User OAuth Token and restart", refused.error());
            } else {
                Duration next = delay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay.multipliedBy(2);
                schedule(next);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The cause in a few words, such as "Connection refused"; never a class name or a stack trace. */
    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "no answer" : message.lines().findFirst().orElse("no answer");
    }

    @Override
    public synchronized void close() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }
}
