package org.mentoringbot.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.mentoringbot.core.reminder.QuietHours;
import org.mentoringbot.core.reminder.ReminderPolicy;

/**
 * Everything the bot is configured with. Values come from {@code config/mentoring.properties}
 * (the copy in the working directory if there is one, else the one built into the jar), each
 * overridden by an environment variable named after its key; secrets come from the environment only.
 */
public record Settings(
        String httpHost,
        int httpPort,
        String databaseUrl,
        URI slackApiUrl,
        int privacyMinRespondents,
        GroupSpace groupSpace,
        ReminderPolicy reminders,
        Optional<String> slackBotToken,
        Optional<String> slackSigningSecret,
        Optional<String> slackAppToken,
        Duration evaluationWindow) {

    /** How long members have for the end-of-round reflection unless configured otherwise. */
    public static final Duration DEFAULT_EVALUATION_WINDOW = Duration.ofDays(14);

    static final String FILE = "config/mentoring.properties";

    /** Where a group talks: a private channel the bot makes, or a group direct message (at most 8 people). */
    public enum GroupSpace { PRIVATE_CHANNEL, GROUP_DM }

    /** Never prints the secrets themselves, only whether they are set. */
    @Override
    public String toString() {
        return "Settings[httpHost=" + httpHost + ", httpPort=" + httpPort + ", databaseUrl=" + withoutPassword(databaseUrl)
                + ", slackApiUrl=" + slackApiUrl + ", privacyMinRespondents=" + privacyMinRespondents
                + ", groupSpace=" + groupSpace + ", reminders=" + reminders + ", evaluationWindow=" + evaluationWindow
                + ", slackBotToken=" + (slackBotToken.isPresent() ? "set" : "unset")
                + ", slackSigningSecret=" + (slackSigningSecret.isPresent() ? "set" : "unset")
                + ", slackAppToken=" + (slackAppToken.isPresent() ? "set" : "unset") + "]";
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** True when Slack credentials are configured, over HTTP or Socket Mode. */
    public boolean slackConfigured() {
        return slackBotToken.isPresent();
    }

    /** Reads the settings, or explains in one line what is wrong. */
    public static Settings load(Map<String, String> environment) {
        Properties file = readFile(environment);
        Source source = new Source(file, environment);
        Settings settings = new Settings(
                source.required("mentoring.http.host"),
                source.port("mentoring.http.port"),
                source.required("mentoring.db.url"),
                source.httpUrl("slack.api.url"),
                source.atLeast("privacy.min-respondents", 3),
                source.groupSpace("mentoring.groups.space"),
                source.reminders(),
                source.secret("SLACK_BOT_TOKEN", "xoxb-"),
                source.secret("SLACK_SIGNING_SECRET", ""),
                source.secret("SLACK_APP_TOKEN", "xapp-"),
                source.duration("mentoring.evaluation.window", DEFAULT_EVALUATION_WINDOW));
        settings.checkSlack();
        return settings;
    }

    private void checkSlack() {
        if (slackBotToken.isEmpty() && (slackSigningSecret.isPresent() || slackAppToken.isPresent())) {
            throw new SettingsException("SLACK_BOT_TOKEN is not set: Slack needs the bot token (xoxb-...) from your app's OAuth page");
        }
        if (slackBotToken.isPresent() && slackSigningSecret.isEmpty() && slackAppToken.isEmpty()) {
            throw new SettingsException("SLACK_SIGNING_SECRET is not set: it is needed to verify Slack's requests over HTTP "
                    + "(or set SLACK_APP_TOKEN to use Socket Mode instead)");
        }
    }

    /** The environment variable that overrides a key: upper case, dots and dashes to underscores. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Properties readFile(Map<String, String> environment) {
        Properties properties = new Properties();
        String explicit = environment.get("MENTORING_CONFIG");
        Path path = Path.of(explicit != null && !explicit.isBlank() ? explicit : FILE);
        try {
            if (Files.isRegularFile(path)) {
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } else if (explicit != null && !explicit.isBlank()) {
                throw new SettingsException("MENTORING_CONFIG points to " + path + ", which is not a readable file");
            } else {
                try (InputStream builtIn = Settings.class.getClassLoader().getResourceAsStream(FILE)) {
                    if (builtIn != null) {
                        properties.load(new InputStreamReader(builtIn, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new SettingsException("cannot read " + path + ": " + e.getMessage());
        }
        return properties;
    }

    /** Looks a key up in the environment first, then in the file. */
    private record Source(Properties file, Map<String, String> environment) {
        String raw(String key) {
            String fromEnvironment = environment.get(environmentName(key));
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromEnvironment.strip();
            }
            String fromFile = file.getProperty(key);
            return fromFile == null || fromFile.isBlank() ? null : fromFile.strip();
        }

        String required(String key) {
            String value = raw(key);
            if (value == null) {
                throw new SettingsException(key + " (" + environmentName(key) + ") is not set");
            }
            return value;
        }

        int port(String key) {
            String value = required(key);
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new SettingsException(key + " (" + environmentName(key) + ") must be a port number from 0 to 65535, not '"
                    + value + "'");
        }

        URI httpUrl(String key) {
            String value = required(key);
            try {
                URI uri = new URI(value.endsWith("/") ? value : value + "/");
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (Exception e) {
                // falls through to the message below
            }
            throw new SettingsException(key + " (" + environmentName(key) + ") must be an http(s) URL, not '" + value + "'");
        }

        /** A whole number no smaller than {@code minimum}: some settings may only be made stricter. */
        int atLeast(String key, int minimum) {
            String value = required(key);
            try {
                int number = Integer.parseInt(value);
                if (number >= minimum) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new SettingsException(key + " (" + environmentName(key) + ") must be a whole number of at least " + minimum
                    + ", not '" + value + "'");
        }

        /** An ISO-8601 duration such as P14D, of at least a day; the default when not set. */
        Duration duration(String key, Duration fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                Duration duration = Duration.parse(value);
                if (duration.compareTo(Duration.ofDays(1)) >= 0) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
            throw new SettingsException(key + " (" + environmentName(key) + ") must be a duration of at least a day, "
                    + "such as P14D for two weeks, not '" + value + "'");
        }

        /** mentoring.reminders.*: ISO durations (PT24H,PT1H) and quiet hours (20:00-07:00, empty for none). */
        ReminderPolicy reminders() {
            List<Duration> before = new ArrayList<>();
            for (String part : required("mentoring.reminders.before").split(",")) {
                before.add(duration("mentoring.reminders.before", part.strip()));
            }
            Duration reflectAfter = duration("mentoring.reminders.reflect-after", required("mentoring.reminders.reflect-after"));
            String quiet = raw("mentoring.reminders.quiet-hours");
            QuietHours quietHours;
            try {
                quietHours = QuietHours.parse(quiet == null ? "" : quiet);
            } catch (IllegalArgumentException e) {
                throw new SettingsException("mentoring.reminders.quiet-hours (MENTORING_REMINDERS_QUIET_HOURS) must look like "
                        + "20:00-07:00, or be empty for none, not '" + quiet + "'");
            }
            ReminderPolicy defaults = ReminderPolicy.DEFAULT;
            return new ReminderPolicy(before, reflectAfter, defaults.followUpAfter(), defaults.reflectWindow(), quietHours);
        }

        private Duration duration(String key, String value) {
            try {
                Duration duration = Duration.parse(value);
                if (!duration.isNegative() && !duration.isZero()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
            throw new SettingsException(key + " (" + environmentName(key) + ") must be positive ISO-8601 durations like PT24H, not '"
                    + value + "'");
        }

        GroupSpace groupSpace(String key) {
            String value = required(key);
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "private-channel" -> GroupSpace.PRIVATE_CHANNEL;
                case "group-dm" -> GroupSpace.GROUP_DM;
                default -> throw new SettingsException(key + " (" + environmentName(key)
                        + ") must be private-channel or group-dm, not '" + value + "'");
            };
        }

        Optional<String> secret(String name, String prefix) {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            value = value.strip();
            if (!value.startsWith(prefix)) {
                throw new SettingsException(name + " does not look right: it should start with " + prefix);
            }
            return Optional.of(value);
        }
    }
}
