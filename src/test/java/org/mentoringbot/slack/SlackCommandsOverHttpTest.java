package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.MentoringBot;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.persistence.Database;
import org.mentoringbot.server.Settings;

/** The walking skeleton end to end: signed Slack requests over real HTTP to the running bot and SQLite. */
class SlackCommandsOverHttpTest {
    @TempDir
    Path dir;
    FakeSlack slack;
    MentoringBot.Running bot;
    SignedSlackRequests requests;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
        slack.knowsUser("U0PRINCIPAL", "Rektor Åse", "en-US", "Europe/Oslo");
        slack.knowsUser("U0NORSK", "Kari Nordmann", "nb-NO", "Europe/Oslo");
        bot = MentoringBot.serve(SlackTestBot.settings(dbUrl(), slack), Clock.systemUTC());
        requests = new SignedSlackRequests(bot.port());
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    private String dbUrl() {
        return "jdbc:sqlite:" + dir.resolve("mentoring.db");
    }

    /** Sends {@code /mentoring text} as a user and returns the ephemeral reply's text. */
    private String command(String userId, String text) throws Exception {
        HttpResponse<String> response = requests.form(SignedSlackRequests.slashCommand(userId, userId.toLowerCase(), text, slack.responseUrl()));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject reply = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ephemeral", reply.get("response_type").getAsString(), "slash command replies are only for the caller");
        assertTrue(reply.getAsJsonArray("blocks").size() > 0, "a reply has blocks");
        return reply.get("text").getAsString() + "\n" + reply.getAsJsonArray("blocks");
    }

    private long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(dbUrl()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        String reply = command("U0LIV", "help");
        for (String word : List.of("help", "setup", "join", "leave", "status")) {
            assertTrue(reply.contains("/mentoring " + word), word + " in " + reply);
        }
    }

    @Test
    void setupMakesTheCallerOwnerAndOpensRoundOne() throws Exception {
        assertTrue(command("U0PRINCIPAL", "setup Lindeskolen").contains("Lindeskolen is set up, and round 1 is open"));
        assertEquals(1, count("SELECT COUNT(*) FROM programs WHERE owner_user_id = 'U0PRINCIPAL' AND owner_name = 'Rektor Åse'"));
        assertEquals(1, count("SELECT COUNT(*) FROM rounds WHERE number = 1 AND state = 'ENROLLING'"));

        String second = command("U0LIV", "setup Another School");
        assertTrue(second.contains("already has a mentoring program, Lindeskolen, set up by Rektor Åse"), second);
        assertEquals(1, count("SELECT COUNT(*) FROM programs"));
    }

    @Test
    void joinTwiceStoresOneMembershipAndLeaveRemovesIt() throws Exception {
        command("U0PRINCIPAL", "setup Lindeskolen");
        assertTrue(command("U0LIV", "join").contains("Welcome! You are in round 1"));
        assertTrue(command("U0LIV", "join").contains("You are already in round 1"));
        assertEquals(1, count("SELECT COUNT(*) FROM memberships WHERE user_id = 'U0LIV'"));

        String status = command("U0LIV", "status");
        assertTrue(status.contains("Round 1: open for joining"), status);
        assertTrue(status.contains("1 person has joined"), status);
        assertTrue(status.contains("You are in this round"), status);

        assertTrue(command("U0LIV", "leave").contains("You have left round 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM memberships"));
        assertTrue(command("U0LIV", "leave").contains("nothing to leave"));
    }

    @Test
    void joinWithoutAProgramSaysHowToSetOneUp() throws Exception {
        assertTrue(command("U0LIV", "join").contains("A principal can start one with: setup"));
        assertEquals(0, count("SELECT COUNT(*) FROM memberships"));
    }

    @Test
    void unknownTextIsAnsweredInTheUsersWords() throws Exception {
        String reply = command("U0LIV", "bake <b>cake</b> & tea");
        assertTrue(reply.contains("don't know \\\"bake &lt;b&gt;cake&lt;/b&gt; &amp; tea\\\""), reply);
        assertTrue(reply.contains("Type help"), reply);
    }

    @Test
    void norwegianUsersAreAnsweredInNorwegian() throws Exception {
        assertTrue(command("U0NORSK", "join").contains("Det finnes ikke noe mentorprogram her ennå"));
        assertTrue(command("U0NORSK", "help").contains("Bli med i runden som pågår"));
    }

    static List<String> hostileTexts() {
        return List.of("", "   ", "\u00a0\u00a0", "🌻🧑‍🏫🇳🇴", "æøå ÆØÅ", "join\u0000\u0007\u001b[31m", "x".repeat(5000),
                "setup " + "Å".repeat(5000), "setup \u0000\u0001", "<!channel> hei");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextGetsAClearAnswerAndStoresNothingWrong(String text) throws Exception {
        command("U0PRINCIPAL", "setup Lindeskolen");
        String reply = command("U0MALLORY", text);
        assertFalse(reply.contains("<!channel>"), "user text never becomes a mention");
        assertTrue(reply.length() < 6000, "the reply never echoes a huge paste in full");
        assertEquals(1, count("SELECT COUNT(*) FROM programs"));
        assertEquals("Lindeskolen", name());
    }

    private String name() throws Exception {
        try (var c = DriverManager.getConnection(dbUrl()); var rs = c.createStatement().executeQuery("SELECT name FROM programs")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aTooLongProgramNameIsRefusedNotCut() throws Exception {
        String reply = command("U0PRINCIPAL", "setup " + "Å".repeat(121));
        assertTrue(reply.contains("too long"), reply);
        assertEquals(0, count("SELECT COUNT(*) FROM programs"));
    }

    @Test
    void controlCharactersAreCleanedFromNamesButLettersAndEmojiKept() throws Exception {
        command("U0PRINCIPAL", "setup Linde\u0000skolen\u0007 \u00a0 æøå 🌻");
        assertEquals("Linde skolen æøå 🌻", name());
    }

    @Test
    void percentEncodedStarAndTildeVerifyAndArriveDecoded() throws Exception {
        // Slack encodes * and ~ as %2A and %7E; the signature covers those exact bytes.
        String body = SignedSlackRequests.slashCommand("U0PRINCIPAL", "x", "PLACEHOLDER", slack.responseUrl())
                .replace("PLACEHOLDER", "setup+Linde%2Askolen%7E");
        assertEquals(200, requests.form(body).statusCode());
        assertEquals("Linde*skolen~", name());
    }

    @Test
    void twentyColleaguesJoiningAtOnceAreEachStoredOnce() throws Exception {
        command("U0PRINCIPAL", "setup Lindeskolen");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String user = "U0TEACHER" + (i % 20); // every teacher twice, at the same moment
            Callable<Integer> join = () -> {
                start.await();
                return requests.form(SignedSlackRequests.slashCommand(user, user, "join", slack.responseUrl())).statusCode();
            };
            results.add(pool.submit(join));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertEquals(200, result.get());
        }
        pool.shutdown();
        assertEquals(20, count("SELECT COUNT(*) FROM memberships"));
        assertEquals(20, count("SELECT COUNT(DISTINCT user_id) FROM memberships"));
    }

    @Test
    void aWrongSignatureIsRefusedAndNothingRuns() throws Exception {
        byte[] body = SignedSlackRequests.slashCommand("U0PRINCIPAL", "x", "setup Forged", slack.responseUrl()).getBytes(StandardCharsets.UTF_8);
        String now = String.valueOf(System.currentTimeMillis() / 1000);
        String wrong = new SlackRequestSignature("another-secret", Clock.systemUTC()).sign(now, body);
        assertEquals(401, requests.send(body, "application/x-www-form-urlencoded", now, wrong).statusCode());
        assertEquals(401, requests.send(body, "application/x-www-form-urlencoded", null, null).statusCode());
        assertEquals(401, requests.send(body, "application/x-www-form-urlencoded", now, "v0=zz").statusCode());
        assertEquals(401, requests.send(body, "application/x-www-form-urlencoded", "not-a-number", requests.sign(now, body)).statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM programs"));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        byte[] signed = SignedSlackRequests.slashCommand("U0PRINCIPAL", "x", "setup Real", slack.responseUrl()).getBytes(StandardCharsets.UTF_8);
        byte[] tampered = SignedSlackRequests.slashCommand("U0PRINCIPAL", "x", "setup Fake", slack.responseUrl()).getBytes(StandardCharsets.UTF_8);
        String now = String.valueOf(System.currentTimeMillis() / 1000);
        assertEquals(401, requests.send(tampered, "application/x-www-form-urlencoded", now, requests.sign(now, signed)).statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM programs"));
    }

    @Test
    void aRequestOlderThanFiveMinutesIsRefused() throws Exception {
        byte[] body = SignedSlackRequests.slashCommand("U0PRINCIPAL", "x", "setup Replayed", slack.responseUrl()).getBytes(StandardCharsets.UTF_8);
        String stale = String.valueOf(System.currentTimeMillis() / 1000 - 6 * 60);
        assertEquals(401, requests.send(body, "application/x-www-form-urlencoded", stale, requests.sign(stale, body)).statusCode());
        String fresh = String.valueOf(System.currentTimeMillis() / 1000 - 4 * 60);
        assertEquals(200, requests.send(body, "application/x-www-form-urlencoded", fresh, requests.sign(fresh, body)).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM programs"));
    }

    @Test
    void aSignedBodyThatIsNotUtf8IsRefusedClearly() throws Exception {
        byte[] body = {'t', 'e', 'x', 't', '=', (byte) 0xC3, (byte) 0x28};
        String now = String.valueOf(System.currentTimeMillis() / 1000);
        HttpResponse<String> response = requests.send(body, "application/x-www-form-urlencoded", now, requests.sign(now, body));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("UTF-8"));
    }

    @Test
    void aHugeBodyIsRefusedBeforeAnythingElse() throws Exception {
        HttpResponse<String> response = requests.form("text=" + "a".repeat(SlackEventsServlet.MAX_BODY_BYTES + 10));
        assertEquals(413, response.statusCode());
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
        HttpResponse<String> response = requests.post("""
                {"token":"sampleVerificationToken000","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""",
                "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), response.body());
    }

    @Test
    void aLeaveButtonRunsTheSameCommandAndUpdatesTheMessage() throws Exception {
        command("U0PRINCIPAL", "setup Lindeskolen");
        command("U0LIV", "join");
        String payload = """
                {"type":"block_actions","user":{"id":"U0LIV","username":"liv","name":"liv","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"sampleVerificationToken000",
                 "container":{"type":"message","message_ts":"1764000000.000100","channel_id":"C0SAMPLE01","is_ephemeral":true},
                 "trigger_id":"1111111111.2222222222.samplesampletrigger2","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "channel":{"id":"C0SAMPLE01","name":"laererrommet"},"response_url":"%s",
                 "actions":[{"action_id":"round.leave","block_id":"actions","text":{"type":"plain_text","text":"Leave"},
                 "value":"round.leave","type":"button","action_ts":"1764000001.000200"}]}""".formatted(slack.responseUrl());
        HttpResponse<String> ack = requests.form(SignedSlackRequests.interactive(payload));
        assertEquals(200, ack.statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM memberships"));

        long deadline = System.currentTimeMillis() + 5000;
        while (slack.responses().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, slack.responses().size(), "the message is updated through response_url");
        JsonObject update = JsonParser.parseString(slack.responses().get(0).getBodyAsString()).getAsJsonObject();
        assertTrue(update.get("replace_original").getAsBoolean());
        assertTrue(update.get("text").getAsString().contains("You have left round 1"));
    }

    @Test
    void healthSaysTheDatabaseIsUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject health = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ok", health.get("status").getAsString());
        assertEquals("up", health.get("database").getAsString());
        assertEquals("http", health.getAsJsonObject("platforms").get("slack").getAsString());
        assertEquals(0, health.getAsJsonObject("outbox").get("pending").getAsLong());
        assertEquals(0, health.getAsJsonObject("outbox").get("failed").getAsLong());
    }

    private JsonObject health() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("outbox");
    }

    @Test
    void theRunningBotDeliversWhatIsQueuedAndHealthCountsWhatFailed() throws Exception {
        slack.knowsUser("U0NORSK", "Kari Nordmann", "nb-NO", "Europe/Oslo");
        slack.answers("chat.postMessage", "C0GONE", FakeSlack.json("{\"ok\":false,\"error\":\"channel_not_found\"}"));
        // Another handle on the same file, as a reminder job will have.
        try (Database db = Database.open(dbUrl())) {
            NoticeOutbox outbox = new NoticeOutbox(db.outbox(), db.transactions(), Clock.systemUTC());
            outbox.enqueue("reminder:1:hour-before:U0NORSK", new ChatAddress("slack:" + FakeSlack.TEAM, "U0NORSK"),
                    Notice.of(Tone.INFO, "leave.left", 1));
            outbox.enqueue("reminder:1:hour-before:C0GONE", new ChatAddress("slack:" + FakeSlack.TEAM, "C0GONE"),
                    Notice.of(Tone.INFO, "leave.left", 1));
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while ((slack.posts().isEmpty() || health().get("pending").getAsLong() > 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, slack.posts().size());
        assertEquals("U0NORSK", slack.posts().get(0).channel());
        assertEquals("Du har gått ut av runde 1. Du er alltid velkommen tilbake.", slack.posts().get(0).text());
        assertEquals(0, health().get("pending").getAsLong());
        assertEquals(1, health().get("failed").getAsLong());
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE status = 'FAILED' AND last_error = 'slack:channel_not_found'"));
    }

    @Test
    void usersAreLookedUpOnceNotOnEveryCommand() throws Exception {
        command("U0LIV", "status");
        command("U0LIV", "status");
        command("U0LIV", "help");
        assertEquals(1, slack.callsTo("users.info"));
    }
}
