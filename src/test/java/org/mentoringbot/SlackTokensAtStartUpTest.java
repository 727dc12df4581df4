package org.mentoringbot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
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

/** An operator starts the bot with a token Slack refuses: one line that names it, exit code 2, and nothing served. */
class SlackTokensAtStartUpTest {
    private static final String OK = """
            {"ok":true,"team":"Lindeskolen","user":"mentoring","team_id":"T0SAMPLE01","user_id":"U0BOT","bot_id":"B0BOT"}""";

    @TempDir
    Path dir;
    WireMockServer slack;

    @BeforeEach
    void fakeSlack() {
        slack = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        slack.start();
        answer("auth.test", OK);
    }

    @AfterEach
    void stopSlack() {
        slack.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_auth", "not_authed", "token_revoked", "account_inactive"})
    void overHttpABotTokenSlackRefusesStopsStartUpInOneLine(String error) {
        answer("auth.test", "{\"ok\":false,\"error\":\"" + error + "\"}");

        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        MentoringBotTest.Run run;
        try {
            run = serve(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"));
        } finally {
            root.detachAppender(logged);
        }

        MentoringBotTest.assertOneLineFailure(run, "SLACK_BOT_TOKEN");
        assertTrue(run.err().contains(error), run.err());
        assertTrue(logged.list.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN)),
                () -> "nothing else on the console: " + logged.list);
    }

    @Test
    void inSocketModeABotTokenSlackRefusesStopsStartUpInOneLine() {
        answer("auth.test", "{\"ok\":false,\"error\":\"invalid_auth\"}");

        MentoringBotTest.Run run = serve(Map.of("SLACK_APP_TOKEN", "xapp-1-A0SAMPLE-1111-test"));

        MentoringBotTest.assertOneLineFailure(run, "SLACK_BOT_TOKEN");
        assertTrue(slack.findAll(postRequestedFor(urlPathEqualTo("/api/apps.connections.open"))).isEmpty(),
                "no connection is opened with a bot token Slack refused");
    }

    @Test
    void inSocketModeAnAppTokenSlackRefusesStopsStartUpInOneLine() {
        answer("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");

        MentoringBotTest.Run run = serve(Map.of("SLACK_APP_TOKEN", "xapp-1-A0SAMPLE-1111-test"));

        MentoringBotTest.assertOneLineFailure(run, "SLACK_APP_TOKEN");
        assertTrue(run.err().contains("invalid_auth"), run.err());
        assertFalse(run.err().contains("SLACK_BOT_TOKEN"), "the bot token was fine: " + run.err());
    }

    @Test
    void inSocketModeASlackThatCannotBeReachedStopsStartUpInOneLine() {
        slack.stubFor(post(urlPathEqualTo("/api/apps.connections.open")).atPriority(1)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        MentoringBotTest.Run run = serve(Map.of("SLACK_APP_TOKEN", "xapp-1-A0SAMPLE-1111-test"));

        MentoringBotTest.assertOneLineFailure(run, "Socket Mode");
    }

    private void answer(String method, String json) {
        slack.stubFor(post(urlPathEqualTo("/api/" + method)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json)));
    }

    private MentoringBotTest.Run serve(Map<String, String> slackSettings) {
        Map<String, String> environment = new HashMap<>(slackSettings);
        environment.put("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db"));
        environment.put("MENTORING_HTTP_HOST", "127.0.0.1");
        environment.put("MENTORING_HTTP_PORT", "0");
        environment.put("SLACK_BOT_TOKEN", "xoxb-1111-2222-revoked");
        environment.put("SLACK_API_URL", slack.baseUrl() + "/api/");
        return MentoringBotTest.run(List.of("serve"), environment, "");
    }
}
