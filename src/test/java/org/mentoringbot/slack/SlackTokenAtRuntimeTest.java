package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.MentoringBot;
import org.slf4j.LoggerFactory;

/**
 * The bot token is checked once, at start-up. While Slack can't be reached the bot still serves,
 * /health says the token is unverified until Slack answers, and Slack's URL check is always answered.
 */
class SlackTokenAtRuntimeTest {
    private static final String URL_CHECK = """
            {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
             "type":"url_verification"}""";

    @TempDir
    Path dir;
    final FakeSlack slack = new FakeSlack();
    MentoringBot.Running bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    void whileSlackCannotBeReachedTheBotServesAndHealthSaysUnverifiedUntilSlackAnswers() throws Exception {
        slack.unreachable("auth.test");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root().addAppender(logged);
        try {
            bot = MentoringBot.serve(SlackTestBot.settings("jdbc:sqlite:" + dir.resolve("m.db"), slack), Clock.systemUTC());
        } finally {
            root().detachAppender(logged);
        }
        List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertEquals(1, warnings.size(), () -> "one line: " + warnings);
        assertTrue(warnings.get(0).getFormattedMessage().contains("SLACK_BOT_TOKEN"), warnings.get(0).getFormattedMessage());
        assertEquals(null, warnings.get(0).getThrowableProxy(), "no stack trace");
        SignedSlackRequests requests = new SignedSlackRequests(bot.port());

        JsonObject health = health();
        assertEquals("ok", health.get("status").getAsString());
        assertEquals("unverified", health.get("slack").getAsString());

        HttpResponse<String> check = requests.post(URL_CHECK, "application/json");
        assertEquals(200, check.statusCode(), check.body());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", check.body());

        HttpResponse<String> command = requests.form(SignedSlackRequests.slashCommand("U0KARI", "kari", "help", slack.responseUrl()));
        assertEquals(200, command.statusCode(), command.body());
        assertTrue(command.body().contains("\"response_type\":\"ephemeral\""), command.body());

        slack.stub("auth.test", """
                {"ok":true,"team":"Lindeskolen","user":"mentoring","team_id":"T0SAMPLE01","user_id":"U0BOT","bot_id":"B0BOT"}""");
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"verified".equals(health().get("slack").getAsString()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("verified", health().get("slack").getAsString(), "asked again until Slack answered");
    }

    @Test
    void withATokenSlackAcceptedHealthSaysVerifiedAndTheUrlCheckIsAnswered() throws Exception {
        bot = MentoringBot.serve(SlackTestBot.settings("jdbc:sqlite:" + dir.resolve("m.db"), slack), Clock.systemUTC());

        assertEquals("verified", health().get("slack").getAsString());
        HttpResponse<String> check = new SignedSlackRequests(bot.port()).post(URL_CHECK, "application/json");
        assertEquals(200, check.statusCode());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", check.body());
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private JsonObject health() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
