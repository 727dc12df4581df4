package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Signed requests that are malformed, or that the bot has no handler for. Malformed ones get a
 * short 400; unhandled ones an empty 200 so Slack does not retry them; and no log line ever
 * quotes a request body, since bodies carry what people typed.
 */
class SlackMalformedRequestsTest {
    /** Stands for someone's own words inside a request. */
    private static final String PERSONAL = "Jeg gruer meg til foreldremøtet";
    /** Our code and Slack's SDK log at DEBUG here, so debug lines are checked too; Bolt logs as logback.xml lets it. */
    private static final Map<String, Level> LEVELS = Map.of("org.mentoringbot", Level.DEBUG, "com.slack.api", Level.DEBUG,
            "com.slack.api.bolt", Level.ERROR);

    @TempDir
    static Path dir;
    SlackTestBot bot;
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Map<String, Level> levels = new HashMap<>();

    @BeforeEach
    void start() {
        bot = new SlackTestBot(dir.resolve(String.valueOf(System.nanoTime())));
        logged.start();
        root().addAppender(logged);
        LEVELS.forEach((name, level) -> {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(level);
        });
    }

    @AfterEach
    void stop() {
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        root().detachAppender(logged);
        bot.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "form:token=x&team_id=T0SAMPLE01&user_id=U0KARI&command=%2Fmentoring&text=%ZZ%",
        "form:team_id=T0SAMPLE01&user_id=U0KARI&command=%2Fmentoring&text=" + PERSONAL + "%",
        "json:[1,2,3]",
        "json:{\"type\":\"event_callback\",\"text\":\"" + PERSONAL + "\"",
        "json:{\"text\":\"" + PERSONAL + "\"}",
        "form:payload={not json " + PERSONAL,
        "form:payload=%7Bnot+json",
        "form:payload=%5B1%2C2%5D",
        "form:payload=%7B%22type%22%3A%22block_actions%22%7D",
        "form:payload=%7B%22type%22%3A%22view_submission%22%2C%22user%22%3A%7B%22id%22%3A%22U0KARI%22%7D%7D",
        "form:text=" + PERSONAL,
    })
    void aMalformedRequestGetsAShortPlain400AndOneWarningWithoutTheBody(String request) throws Exception {
        String body = request.substring(request.indexOf(':') + 1);
        String type = request.startsWith("json:") ? "application/json" : "application/x-www-form-urlencoded";

        HttpResponse<String> response = bot.requests.post(body, type);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("malformed request: "), response.body());
        assertTrue(response.body().length() < 120 && !response.body().contains("\n"), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertEquals(1, warnings.size(), () -> warnings.toString());
        assertTrue(warnings.get(0).getFormattedMessage().contains("malformed"), warnings.get(0).getFormattedMessage());
        assertEquals(null, warnings.get(0).getThrowableProxy(), "no stack trace");
        assertNothingLoggedQuotes(body);
    }

    @Test
    void aButtonWithoutAHandlerIsAcknowledgedQuietly() throws Exception {
        HttpResponse<String> response = bot.interact("""
                {"type":"block_actions","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "user":{"id":"U0KARI","username":"kari","name":"kari","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"x","trigger_id":"1.2.3",
                 "message":{"type":"message","text":"%s"},
                 "actions":[{"action_id":"someone.elses.button","block_id":"b","type":"button","value":"%s","action_ts":"1"}]}"""
                .formatted(PERSONAL, PERSONAL));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertNoWarnings();
        assertNothingLoggedQuotes(PERSONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"event_callback\",\"team_id\":\"T0SAMPLE01\",\"event\":{\"type\":\"message\",\"user\":\"U0KARI\",\"text\":\"%s\",\"channel\":\"D0KARI\",\"ts\":\"1.2\"},\"event_id\":\"Ev1\",\"event_time\":1}",
        "{\"type\":\"event_callback\",\"team_id\":\"T0SAMPLE01\",\"event\":{\"type\":\"reaction_added\",\"user\":\"U0KARI\",\"reaction\":\"%s\"},\"event_id\":\"Ev2\",\"event_time\":1}",
        "{\"type\":\"app_rate_limited\",\"team_id\":\"T0SAMPLE01\",\"minute_rate_limited\":1,\"text\":\"%s\"}",
    })
    void anEventWithoutAHandlerIsAcknowledgedSoSlackDoesNotRetryIt(String event) throws Exception {
        HttpResponse<String> response = bot.requests.post(event.formatted(PERSONAL), "application/json");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertNoWarnings();
        assertNothingLoggedQuotes(PERSONAL);
    }

    @Test
    void aShortcutOrAClosedFormWithoutAHandlerIsAcknowledgedQuietly() throws Exception {
        for (String type : List.of("shortcut", "view_closed", "message_action")) {
            HttpResponse<String> response = bot.interact("""
                    {"type":"%s","callback_id":"x","team":{"id":"T0SAMPLE01"},"user":{"id":"U0KARI"},"text":"%s",
                     "view":{"callback_id":"x","private_metadata":"%s"}}""".formatted(type, PERSONAL, PERSONAL));

            assertEquals(200, response.statusCode(), type + ": " + response.body());
        }
        assertNoWarnings();
        assertNothingLoggedQuotes(PERSONAL);
    }

    @Test
    void theOperatorsLogConfigurationKeepsBoltsUnmatchedRequestNoticesOut() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));

        for (String name : List.of("com.slack.api.bolt.App", "com.slack.api.bolt.util.SlackRequestParser")) {
            Level level = context.getLogger(name).getEffectiveLevel();
            assertTrue(level.isGreaterOrEqual(Level.ERROR), name + " logs at " + level);
        }
    }

    private void assertNoWarnings() {
        List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertTrue(warnings.isEmpty(), () -> warnings.toString());
    }

    private void assertNothingLoggedQuotes(String body) {
        List<String> quotes = List.of(body, PERSONAL, SignedSlackRequests.enc(PERSONAL), "not json", "not+json", "[1,2,3]", "%ZZ",
                "%5B1%2C2%5D");
        for (ILoggingEvent event : logged.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            assertFalse(quotes.stream().anyMatch(text::contains), () -> "logged a request body: " + text);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
