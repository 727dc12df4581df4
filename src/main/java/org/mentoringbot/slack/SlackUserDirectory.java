package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentoringbot.chat.Requester;
import org.mentoringbot.core.member.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is: name, language and time zone from {@code users.info}, cached for an hour
 * so a busy channel costs Slack one call per person. When Slack can't be asked, we still answer,
 * in English and UTC.
 */
final class SlackUserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(SlackUserDirectory.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(String name, Locale locale, ZoneId zone, Instant fetchedAt) {}

    private final MethodsClient slack;
    private final String botToken;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    SlackUserDirectory(MethodsClient slack, String botToken, Clock clock) {
        this.slack = slack;
        this.botToken = botToken;
        this.clock = clock;
    }

    Requester requester(String teamId, String userId, String fallbackName) {
        Entry entry = lookUp(teamId, userId, fallbackName, false);
        return new Requester(new Person("slack:" + teamId, userId, entry.name()), entry.locale(), entry.zone());
    }

    /**
     * The language to write to this user in, for a message the bot sends first. Unlike
     * {@link #requester}, which must answer now, this throws {@link RateLimited} when Slack asks us
     * to slow down, so the message can wait and go out in the right language.
     */
    Locale localeOf(String teamId, String userId) {
        return lookUp(teamId, userId, userId, true).locale();
    }

    /** users.info answered 429: Slack's Retry-After, in milliseconds. */
    static final class RateLimited extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterMillis;

        RateLimited(long retryAfterMillis) {
            super("users.info rate limited", null, false, false);
            this.retryAfterMillis = retryAfterMillis;
        }

        long retryAfterMillis() {
            return retryAfterMillis;
        }
    }

    private Entry lookUp(String teamId, String userId, String fallbackName, boolean throwRateLimits) {
        String key = teamId + "/" + userId;
        Entry entry = cache.get(key);
        if (entry == null || entry.fetchedAt().plus(KEEP).isBefore(clock.instant())) {
            entry = fetch(userId, fallbackName, throwRateLimits);
            if (entry.fetchedAt() != null) {
                if (cache.size() >= MAX_ENTRIES) {
                    cache.clear(); // crude, but bounded; a school workspace never gets here
                }
                cache.put(key, entry);
            }
        }
        return entry;
    }

    private Entry fetch(String userId, String fallbackName, boolean throwRateLimits) {
        try {
            var response = slack.usersInfo(r -> r.token(botToken).user(userId).includeLocale(true));
            if (response.isOk() && response.getUser() != null) {
                User user = response.getUser();
                return new Entry(nameOf(user, fallbackName), localeOf(user), zoneOf(user), clock.instant());
            }
            LOG.warn("users.info for {} answered {}", userId, response.getError());
        } catch (SlackApiException e) {
            if (throwRateLimits && e.getResponse().code() == 429) {
                throw new RateLimited(SlackSender.retryAfterMillis(e.getResponse().header("Retry-After")));
            }
            LOG.warn("users.info for {} failed: {}", userId, e.toString());
        } catch (Exception e) {
            LOG.warn("users.info for {} failed: {}", userId, e.toString());
        }
        return new Entry(fallbackName, Locale.ENGLISH, ZoneId.of("UTC"), null);
    }

    private static String nameOf(User user, String fallback) {
        if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
            return user.getProfile().getDisplayName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return fallback;
    }

    private static Locale localeOf(User user) {
        return notBlank(user.getLocale()) ? Locale.forLanguageTag(user.getLocale()) : Locale.ENGLISH;
    }

    private static ZoneId zoneOf(User user) {
        try {
            return notBlank(user.getTz()) ? ZoneId.of(user.getTz()) : ZoneId.of("UTC");
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
