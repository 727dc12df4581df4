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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mentoringbot.chat.Requester;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is: name, language, time zone and standing from {@code users.info}, cached
 * for an hour so a busy channel costs Slack one call per person. When Slack can't be asked, the
 * requester is still answered, in English and UTC, with no admin rights.
 */
final class SlackUserDirectory implements People {
    private static final Logger LOG = LoggerFactory.getLogger(SlackUserDirectory.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 20_000;
    private static final int MAX_LIST_PAGES = 50;
    /** users.info's answers that mean the user is not there (as opposed to Slack not answering). */
    private static final Set<String> NO_SUCH_USER = Set.of("user_not_found", "user_not_visible");

    /** What we keep of a user; {@code fetchedAt} is null for a fallback that must not be cached. */
    private record Entry(String teamId, String name, Locale locale, ZoneId zone, boolean admin, boolean bot,
            boolean deleted, Instant fetchedAt) {}

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
        Entry entry = entry(userId).orElse(new Entry(teamId, fallbackName, Locale.ENGLISH, ZoneId.of("UTC"), false, false, false, null));
        String name = entry.name() == null ? fallbackName : entry.name();
        return new Requester(new Person(workspaceOf(teamId), userId, name), entry.locale(), entry.zone(), entry.admin());
    }

    /**
     * The language to write to this user in, for a message the bot sends first. Unlike
     * {@link #requester}, which must answer now, this throws {@link RateLimited} when Slack asks us
     * to slow down, so the message can wait and go out in the right language.
     */
    Locale localeOf(String teamId, String userId) {
        return entry(userId, true).map(Entry::locale).orElse(Locale.ENGLISH);
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

    @Override
    public Optional<Profile> byId(String workspace, String userId) {
        return entry(userId).filter(e -> e.teamId() == null || workspaceOf(e.teamId()).equals(workspace))
                .map(e -> new Profile(new Person(workspace, userId, e.name() == null ? userId : e.name()), e.bot(), e.deleted(),
                        e.zone(), e.locale()));
    }

    /**
     * As {@link #byId}, but when Slack can't be reached (or knows no name) the mention's own name
     * ({@code <@U123|kari>}) stands in, so the owner reads "kari", not "U123". Whether they are a
     * bot or deactivated is then unknown, and taken as neither: Slack made the mention.
     */
    @Override
    public Optional<Profile> byMention(String workspace, String userId, String mentionedName) {
        if (mentionedName == null || mentionedName.isBlank()) {
            return byId(workspace, userId);
        }
        Lookup lookup = lookup(userId, false);
        if (lookup.entry() != null) {
            Entry e = lookup.entry();
            if (e.teamId() != null && !workspaceOf(e.teamId()).equals(workspace)) {
                return Optional.empty();
            }
            return Optional.of(new Profile(new Person(workspace, userId, e.name() == null ? mentionedName : e.name()), e.bot(),
                    e.deleted(), e.zone(), e.locale()));
        }
        return lookup.unreachable() ? Optional.of(new Profile(new Person(workspace, userId, mentionedName), false, false))
                : Optional.empty();
    }

    @Override
    public Optional<Profile> byHandle(String workspace, String handle) {
        String wanted = handle.toLowerCase(Locale.ROOT);
        String cursor = null;
        try {
            for (int page = 0; page < MAX_LIST_PAGES; page++) {
                String from = cursor;
                var response = slack.usersList(r -> r.token(botToken).limit(200).cursor(from));
                if (!response.isOk() || response.getMembers() == null) {
                    LOG.warn("users.list answered {}", response.getError());
                    return Optional.empty();
                }
                for (User user : response.getMembers()) {
                    if (matches(user, wanted)) {
                        remember(user.getId(), user);
                        return byId(workspace, user.getId());
                    }
                }
                cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
                if (cursor == null || cursor.isEmpty()) {
                    return Optional.empty();
                }
            }
        } catch (Exception e) {
            LOG.warn("users.list failed: {}", e.toString());
        }
        return Optional.empty();
    }

    static String workspaceOf(String teamId) {
        return "slack:" + teamId;
    }

    private static boolean matches(User user, String handle) {
        if (handle.equals(lower(user.getName()))) {
            return true;
        }
        return user.getProfile() != null && (handle.equals(lower(user.getProfile().getDisplayName()))
                || handle.equals(lower(user.getProfile().getDisplayNameNormalized())));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private Optional<Entry> entry(String userId) {
        return entry(userId, false);
    }

    private Optional<Entry> entry(String userId, boolean throwRateLimits) {
        return Optional.ofNullable(lookup(userId, throwRateLimits).entry());
    }

    /** What users.info said: the user ({@code entry}), no such user, or nothing at all ({@code unreachable}). */
    private record Lookup(Entry entry, boolean unreachable) {}

    private Lookup lookup(String userId, boolean throwRateLimits) {
        Entry entry = cache.get(userId);
        if (entry != null && entry.fetchedAt().plus(KEEP).isAfter(clock.instant())) {
            return new Lookup(entry, false);
        }
        try {
            var response = slack.usersInfo(r -> r.token(botToken).user(userId).includeLocale(true));
            if (response.isOk() && response.getUser() != null) {
                return new Lookup(remember(userId, response.getUser()), false);
            }
            LOG.warn("users.info for {} answered {}", userId, response.getError());
            // Slack answered: "user_not_found" and the like mean there is nobody; a passing error may not.
            return new Lookup(null, !NO_SUCH_USER.contains(String.valueOf(response.getError())));
        } catch (SlackApiException e) {
            if (throwRateLimits && e.getResponse().code() == 429) {
                throw new RateLimited(SlackSender.retryAfterMillis(e.getResponse().header("Retry-After")));
            }
            LOG.warn("users.info for {} failed: HTTP {}", userId, e.getResponse().code());
        } catch (Exception e) {
            LOG.warn("users.info for {} failed: {}", userId, e.toString());
        }
        return new Lookup(null, true);
    }

    private Entry remember(String userId, User user) {
        Entry entry = new Entry(user.getTeamId(), nameOf(user), localeOf(user), zoneOf(user),
                user.isAdmin() || user.isOwner() || user.isPrimaryOwner(), user.isBot() || user.isAppUser(), user.isDeleted(),
                clock.instant());
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear(); // crude, but bounded; a school workspace never gets here
        }
        cache.put(userId, entry);
        return entry;
    }

    private static String nameOf(User user) {
        if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
            return user.getProfile().getDisplayName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return user.getName();
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
