package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mentoringbot.MentoringBot;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.server.Settings;

/** The whole bot serving on 127.0.0.1 against a fake Slack, with helpers to talk to it as Slack would. */
final class SlackTestBot implements AutoCloseable {
    final FakeSlack slack = new FakeSlack();
    final MentoringBot.Running bot;
    final SignedSlackRequests requests;
    private final String dbUrl;

    SlackTestBot(Path dir) {
        dbUrl = "jdbc:sqlite:" + dir.resolve("mentoring.db");
        bot = MentoringBot.serve(settings(dbUrl, slack), Clock.systemUTC());
        requests = new SignedSlackRequests(bot.port());
    }

    /** Settings for a bot on a free port of 127.0.0.1, talking to the fake Slack. */
    static Settings settings(String dbUrl, FakeSlack slack) {
        return new Settings("127.0.0.1", 0, dbUrl, URI.create(slack.apiUrl()), 3,
                Settings.GroupSpace.PRIVATE_CHANNEL, ReminderPolicy.DEFAULT, Optional.of("xoxb-test-token"),
                Optional.of(SignedSlackRequests.SECRET), Optional.empty(), Settings.DEFAULT_EVALUATION_WINDOW);
    }

    /** {@code /mentoring text} from a user; returns the ephemeral reply's plain text. */
    String command(String userId, String text) throws Exception {
        HttpResponse<String> response = requests.form(SignedSlackRequests.slashCommand(userId, userId.toLowerCase(), text, slack.responseUrl()));
        assertEquals(200, response.statusCode(), response.body());
        if (response.body().isEmpty()) {
            return "";
        }
        JsonObject reply = JsonParser.parseString(response.body()).getAsJsonObject();
        return reply.has("text") ? reply.get("text").getAsString() : "";
    }

    /** Posts an interactive payload (button, modal submission) and returns Slack's view of the ack. */
    HttpResponse<String> interact(String payloadJson) throws Exception {
        return requests.form(SignedSlackRequests.interactive(payloadJson));
    }

    long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(dbUrl); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<List<String>> rows(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection(dbUrl); var rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Changes the database behind the bot's back, e.g. to let time pass for a stored session. */
    void execute(String sql) throws Exception {
        try (var c = DriverManager.getConnection(dbUrl); var statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Waits (up to 10 s) until a call to the Web API method matches, as follow-ups run after the ack. */
    LoggedRequest awaitCall(String method, Predicate<LoggedRequest> matching) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var found = slack.calls(method).stream().filter(matching).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no matching " + method + " call; calls were: "
                + slack.calls(method).stream().map(LoggedRequest::getBodyAsString).toList());
    }

    @Override
    public void close() {
        bot.close();
        slack.close();
    }
}
