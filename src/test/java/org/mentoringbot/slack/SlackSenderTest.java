package org.mentoringbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender.DeliveryFailed;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;

/** chat.postMessage against a fake Slack: what is posted, and how each of Slack's answers is taken. */
class SlackSenderTest {
    private static final String WORKSPACE = "slack:" + FakeSlack.TEAM;
    private static final Notice JOINED = Notice.of(Tone.SUCCESS, "join.joined", 2, 12L);

    FakeSlack slack;
    SlackSender sender;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        var methods = Slack.getInstance(config).methods("xoxb-test-token");
        sender = new SlackSender(methods, "xoxb-test-token", new SlackUserDirectory(methods, "xoxb-test-token", Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private DeliveryFailed failureFor(String channel) {
        return assertThrows(DeliveryFailed.class, () -> sender.send(new ChatAddress(WORKSPACE, channel), JOINED));
    }

    @Test
    void aChannelMessageIsPostedInEnglishAsBlocksWithPlainText() {
        sender.send(new ChatAddress(WORKSPACE, "C0GROUP1"), JOINED);
        assertEquals(1, slack.posts().size());
        FakeSlack.Post post = slack.posts().get(0);
        assertEquals("C0GROUP1", post.channel());
        assertEquals("Welcome! You are in round 2. 12 people have joined so far.", post.text());
        assertTrue(post.blocks().contains(":white_check_mark: Welcome!"), post.blocks());
        assertEquals(0, slack.callsTo("users.info"), "a channel has no one language to look up");
    }

    @Test
    void aDirectMessageIsWrittenInTheUsersLanguageLookedUpOnce() {
        slack.knowsUser("U0NORSK", "Kari Nordmann", "nb-NO", "Europe/Oslo");
        sender.send(new ChatAddress(WORKSPACE, "U0NORSK"), JOINED);
        sender.send(new ChatAddress(WORKSPACE, "U0NORSK"), Notice.of(Tone.INFO, "leave.left", 2));
        assertEquals("U0NORSK", slack.posts().get(0).channel(), "posting to a user id opens the app's direct message");
        assertEquals("Velkommen! Du er med i runde 2. 12 er med så langt.", slack.posts().get(0).text());
        assertEquals("Du har gått ut av runde 2. Du er alltid velkommen tilbake.", slack.posts().get(1).text());
        assertEquals(1, slack.callsTo("users.info"));
    }

    @Test
    void userTextNeverBecomesAMention() {
        sender.send(new ChatAddress(WORKSPACE, "C0GROUP1"), Notice.of(Tone.PROBLEM, "unknown.command", "<!channel> æøå 🌻"));
        assertEquals("Sorry, I don't know \"&lt;!channel&gt; æøå 🌻\". Type help to see what I can do.", slack.posts().get(0).text());
    }

    @Test
    void a429IsRetryableAfterSlacksRetryAfterAndNotRetriedBehindOurBack() {
        slack.answers("chat.postMessage", "C0BUSY", aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"));
        DeliveryFailed failure = failureFor("C0BUSY");
        assertTrue(failure.retryable());
        assertEquals(7_000, failure.retryAfterMillis());
        assertEquals("slack:ratelimited", failure.getMessage());
        assertEquals(1, slack.callsTo("chat.postMessage"), "the outbox decides when to try again, not the client");
    }

    @Test
    void ratelimitedInTheBodyIsRetryableToo() {
        slack.answers("chat.postMessage", "C0BUSY", FakeSlack.json("{\"ok\":false,\"error\":\"ratelimited\"}").withHeader("Retry-After", "3"));
        DeliveryFailed failure = failureFor("C0BUSY");
        assertTrue(failure.retryable());
        assertEquals(3_000, failure.retryAfterMillis());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void slackBeingDownIsRetryable(int status) {
        slack.answers("chat.postMessage", "C0GROUP1", aResponse().withStatus(status).withBody("upstream trouble"));
        DeliveryFailed failure = failureFor("C0GROUP1");
        assertTrue(failure.retryable());
        assertEquals("slack:http_" + status, failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth", "token_revoked",
            "missing_scope", "msg_too_long"})
    void aRefusalThatRetryingCannotMendIsFinal(String error) {
        slack.answers("chat.postMessage", "C0GONE", FakeSlack.json("{\"ok\":false,\"error\":\"" + error + "\"}"));
        DeliveryFailed failure = failureFor("C0GONE");
        assertFalse(failure.retryable(), error);
        assertEquals("slack:" + error, failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "a_code_slack_adds_next_year"})
    void transientAndUnknownErrorsAreRetried(String error) {
        slack.answers("chat.postMessage", "C0FLAKY", FakeSlack.json("{\"ok\":false,\"error\":\"" + error + "\"}"));
        assertTrue(failureFor("C0FLAKY").retryable(), error);
    }

    @Test
    void aBrokenConnectionIsRetryable() {
        slack.answers("chat.postMessage", "C0NET", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        DeliveryFailed failure = failureFor("C0NET");
        assertTrue(failure.retryable());
        assertTrue(failure.getMessage().startsWith("slack:io:"), failure.getMessage());
    }

    @Test
    void whenUsersInfoIsRateLimitedTheDirectMessageWaitsRatherThanGoInEnglish() {
        slack.answers("users.info", "U0NORSK", aResponse().withStatus(429).withHeader("Retry-After", "20")
                .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"));
        DeliveryFailed failure = failureFor("U0NORSK");
        assertTrue(failure.retryable());
        assertEquals(20_000, failure.retryAfterMillis());
        assertEquals(0, slack.callsTo("chat.postMessage"));
    }

    @Test
    void anotherPlatformsAddressIsRefused() {
        var failure = assertThrows(DeliveryFailed.class, () -> sender.send(new ChatAddress("teams:tenant", "19:abc"), JOINED));
        assertFalse(failure.retryable());
        assertEquals(0, slack.callsTo("chat.postMessage"));
    }

    @Test
    void retryAfterIsReadAsWholeSeconds() {
        assertEquals(1_000, SlackSender.retryAfterMillis(null));
        assertEquals(1_000, SlackSender.retryAfterMillis("soon"));
        assertEquals(1_000, SlackSender.retryAfterMillis("0"));
        assertEquals(30_000, SlackSender.retryAfterMillis(" 30 "));
        assertEquals(1_000, SlackSender.retryAfterMillis("-5"));
    }
}
