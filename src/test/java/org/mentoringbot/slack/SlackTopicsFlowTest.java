package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group's topic board over signed HTTP with a fake Slack: members propose (one anonymously), see
 * the board with vote buttons, vote until the fourth vote is refused, a forged vote on another
 * group's topic is refused, the leader sets the agenda and a member may not; the anonymous author
 * is named nowhere, and the owner sees no topics.
 */
class SlackTopicsFlowTest {
    static final String PRINCIPAL = "U0PRINCIPAL";
    static final String LEADER_ONE = "U0LEADA";
    static final String LEADER_TWO = "U0LEADB";
    static final List<String> GROUP_ONE = List.of("U0T01", "U0T02", "U0T03");
    static final List<String> GROUP_TWO = List.of("U0T04", "U0T05", "U0T06");
    /** Teacher 2 proposes anonymously: this name must appear nowhere near their topic. */
    static final String ANONYMOUS_AUTHOR = "Teacher 2";
    static final String ANONYMOUS_TEXT = "I am afraid of getting grading wrong";

    @TempDir
    Path dir;
    SlackTestBot t;

    @BeforeEach
    void start() throws Exception {
        t = new SlackTestBot(dir);
        t.slack.knowsUser(PRINCIPAL, "Rektor Åse", "en-US", "Europe/Oslo");
        t.slack.knowsUser(LEADER_ONE, "Leader A", "en-US", "Europe/Oslo");
        t.slack.knowsUser(LEADER_TWO, "Leader B", "en-US", "Europe/Oslo");
        for (int i = 1; i <= 6; i++) {
            t.slack.knowsUser(String.format("U0T%02d", i), "Teacher " + i, "en-US", "Europe/Oslo");
        }
        t.command(PRINCIPAL, "setup Lindeskolen");
        t.command(PRINCIPAL, "leaders add <@" + LEADER_ONE + "> <@" + LEADER_TWO + ">");
        for (String teacher : concat(GROUP_ONE, GROUP_TWO)) {
            t.command(teacher, "join");
        }
        var saved = t.interact(groupsSubmission(LEADER_ONE, List.of(LEADER_ONE, LEADER_TWO), List.of(GROUP_ONE, GROUP_TWO)));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(2, t.count("SELECT COUNT(*) FROM mentoring_groups"));
        // Both groups get their channel before anything is said in it.
        long deadline = System.currentTimeMillis() + 10_000;
        while (t.count("SELECT COUNT(*) FROM mentoring_groups WHERE channel_id IS NOT NULL") < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aGroupsBoardFromProposalToAgenda() throws Exception {
        String channelOne = t.rows("SELECT channel_id FROM mentoring_groups WHERE number = 1").get(0).get(0);

        // Proposing: the author is thanked, the group's channel hears there is something new, not what or by whom.
        String named = t.command("U0T01", "propose Parents who email late at night");
        assertTrue(named.contains("Your topic is on group 1's board as number 1") && named.contains("The group sees your name"), named);
        t.awaitCall("chat.postMessage", r -> channelOne.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("A new topic is on group 1's board (1 open topic)"));
        String anonymous = t.command("U0T02", "propose " + ANONYMOUS_TEXT + " --anonymous");
        assertTrue(anonymous.contains("number 2") && anonymous.contains("It is anonymous"), anonymous);
        t.awaitCall("chat.postMessage", r -> channelOne.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("(2 open topics)"));
        t.command("U0T01", "propose Noisy classrooms after lunch");
        t.command("U0T03", "propose Working with special educators 🤝");
        t.command("U0T04", "propose Group two's own topic");
        assertEquals(List.of(List.of("1", ANONYMOUS_TEXT)), t.rows("SELECT anonymous, text FROM topics WHERE author_user_id = 'U0T02'"));

        // Bad proposals are refused clearly and store nothing.
        assertTrue(t.command("U0T01", "propose " + "å".repeat(5000)).contains("That topic is 5,000 characters long; please keep it to 500"));
        assertTrue(t.command("U0T01", "propose --anonymous").contains("What would you like to talk about?"));
        assertTrue(t.command(PRINCIPAL, "propose I want in").contains("Topics are seen only by each group"));
        assertEquals(5, t.count("SELECT COUNT(*) FROM topics"));

        // The board: one vote button per topic, carrying the topic's id; authors named only when not anonymous.
        JsonObject board = commandJson("U0T03", "topics");
        String boardJson = board.toString();
        assertTrue(boardJson.contains("You have 3 votes left of 3 this round"), boardJson);
        assertTrue(boardJson.contains("proposed by Teacher 1"), boardJson);
        assertFalse(boardJson.contains(ANONYMOUS_AUTHOR), "the anonymous author is not named: " + boardJson);
        assertFalse(boardJson.contains("Group two's own topic"), "group 2's topics stay in group 2");
        List<JsonObject> buttons = voteButtons(board);
        assertEquals(4, buttons.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(topicId(1, i + 1), buttons.get(i).get("value").getAsString());
        }

        // Voting: each press is answered by the board, updated in place.
        assertTrue(vote("U0T03", topicId(1, 1)).contains("Your vote for topic 1 is counted"));
        assertTrue(vote("U0T03", topicId(1, 2)).contains("Your vote for topic 2 is counted"));
        String third = vote("U0T03", topicId(1, 3));
        assertTrue(third.contains("You have no votes left of 3 this round"), third);
        String fourth = vote("U0T03", topicId(1, 4));
        assertTrue(fourth.contains("You have used all 3 of your votes this round, so this vote was not counted"), fourth);
        assertEquals(3, t.count("SELECT COUNT(*) FROM votes WHERE user_id = 'U0T03'"));
        assertEquals(0, t.count("SELECT COUNT(*) FROM votes WHERE topic_id = " + topicId(1, 4)));
        String takenBack = vote("U0T03", topicId(1, 1));
        assertTrue(takenBack.contains("Your vote for topic 1 is taken back"), takenBack);
        assertEquals(2, t.count("SELECT COUNT(*) FROM votes WHERE user_id = 'U0T03'"));

        // A forged button value: a vote on group 2's topic is refused and nothing is stored.
        String forged = vote("U0T03", topicId(2, 1));
        assertTrue(forged.contains("That topic is not on your group's board"), forged);
        assertFalse(forged.contains("Group two's own topic"), forged);
        assertEquals(0, t.count("SELECT COUNT(*) FROM votes WHERE topic_id = " + topicId(2, 1)));

        // The agenda: a session of group 1 three days ahead, as the sessions table holds it.
        long group = Long.parseLong(t.rows("SELECT id FROM mentoring_groups WHERE number = 1").get(0).get(0));
        Instant start = Instant.now().plus(Duration.ofDays(3));
        execute("INSERT INTO sessions (group_id, round_id, starts_at, ends_at, place, status, sequence, created_at) "
                + "SELECT " + group + ", round_id, " + start.toEpochMilli() + ", " + start.plus(Duration.ofHours(1)).toEpochMilli()
                + ", 'Room 204', 'SCHEDULED', 0, " + Instant.now().toEpochMilli() + " FROM mentoring_groups WHERE id = " + group);
        String refused = t.command("U0T01", "agenda 1 3");
        assertTrue(refused.contains("Only the group's leader sets the agenda"), refused);
        assertEquals(0, t.count("SELECT COUNT(*) FROM topics WHERE session_id IS NOT NULL"));
        assertTrue(t.command(PRINCIPAL, "agenda 1 3").contains("Topics are seen only by each group"));
        assertTrue(t.command(LEADER_TWO, "agenda 1 --group 1").contains("You are not in group 1"));
        assertEquals(0, t.count("SELECT COUNT(*) FROM topics WHERE session_id IS NOT NULL"));

        String set = t.command(LEADER_ONE, "agenda 1 2");
        assertTrue(set.contains("The agenda is set: 2 topics"), set);
        assertTrue(set.contains("1. Parents who email late at night") && set.contains("2. " + ANONYMOUS_TEXT), set);
        assertFalse(set.contains(ANONYMOUS_AUTHOR), "the leader does not learn who proposed it either: " + set);
        assertEquals(2, t.count("SELECT COUNT(*) FROM topics WHERE session_id IS NOT NULL"));
        t.awaitCall("chat.postMessage", r -> channelOne.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("The agenda for group 1's next session is set: 2 topics"));
        String agenda = t.command("U0T05", "agenda");
        assertFalse(agenda.contains("Parents"), "group 2 sees its own (empty) agenda: " + agenda);
        assertTrue(t.command("U0T03", "agenda").contains("1. Parents who email late at night"));

        // The leader's board names nobody for the anonymous topic, and offers no vote buttons.
        JsonObject leaderBoard = commandJson(LEADER_ONE, "topics");
        assertFalse(leaderBoard.toString().contains(ANONYMOUS_AUTHOR), leaderBoard.toString());
        assertTrue(voteButtons(leaderBoard).isEmpty());
        assertTrue(leaderBoard.toString().contains("on the agenda"));

        // The owner, outside the groups, sees no board at all.
        JsonObject owners = commandJson(PRINCIPAL, "topics");
        assertTrue(owners.toString().contains("Topics are seen only by each group"), owners.toString());
        assertFalse(owners.toString().contains("Parents") || owners.toString().contains(ANONYMOUS_TEXT));

        // Only the author withdraws their topic.
        assertTrue(t.command("U0T01", "topics withdraw 2").contains("Only the person who proposed topic 2 can withdraw it"));
        assertTrue(t.command("U0T02", "topics withdraw 2").contains("Topic 2 is withdrawn"));
        assertEquals("WITHDRAWN", t.rows("SELECT status FROM topics WHERE author_user_id = 'U0T02'").get(0).get(0));
        assertNull(t.rows("SELECT session_id FROM topics WHERE author_user_id = 'U0T02'").get(0).get(0));

        // Nowhere else did the anonymous author's name meet their topic: not in any channel message, App Home or reply.
        for (LoggedRequest message : t.slack.calls("chat.postMessage")) {
            String body = message.getBodyAsString();
            assertFalse(body.contains(ANONYMOUS_TEXT.replace(' ', '+')) || body.contains(ANONYMOUS_TEXT), body);
            if (channelOne.equals(FakeSlack.param(message, "channel"))) {
                assertFalse(FakeSlack.param(message, "text").contains(ANONYMOUS_AUTHOR), FakeSlack.param(message, "text"));
            }
        }
        for (LoggedRequest home : t.slack.calls("views.publish")) {
            assertFalse(FakeSlack.param(home, "view").contains(ANONYMOUS_TEXT), "App Home shows no topics");
        }
        for (LoggedRequest response : t.slack.responses()) {
            assertFalse(response.getBodyAsString().contains(ANONYMOUS_AUTHOR), response.getBodyAsString());
        }
    }

    /** Writes to the bot's database as another writer would (no schedule command on this branch). */
    private void execute(String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mentoring.db"))) {
            c.createStatement().executeUpdate(sql);
        }
    }

    /** {@code /mentoring text} and the whole ephemeral reply, blocks included. */
    private JsonObject commandJson(String userId, String text) throws Exception {
        HttpResponse<String> response = t.requests.form(SignedSlackRequests.slashCommand(userId, userId.toLowerCase(), text,
                t.slack.responseUrl()));
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static List<JsonObject> voteButtons(JsonObject reply) {
        List<JsonObject> buttons = new ArrayList<>();
        for (JsonElement block : reply.getAsJsonArray("blocks")) {
            JsonObject accessory = block.getAsJsonObject().getAsJsonObject("accessory");
            if (accessory != null && "topic.vote".equals(accessory.get("action_id").getAsString())) {
                buttons.add(accessory);
            }
        }
        return buttons;
    }

    /** The id of the group's n-th topic, as its vote button carries it. */
    private String topicId(int groupNumber, int n) throws Exception {
        return t.rows("SELECT t.id FROM topics t JOIN mentoring_groups g ON g.id = t.group_id WHERE g.number = " + groupNumber
                + " ORDER BY t.created_at, t.id").get(n - 1).get(0);
    }

    /** Presses a vote button on an ephemeral board; returns the text of the board that replaces it. */
    private String vote(String userId, String topicId) throws Exception {
        int before = t.slack.responses().size();
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"x","name":"x","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"sampleVerificationToken000",
                 "container":{"type":"message","message_ts":"1764000000.000100","channel_id":"C0SAMPLE01","is_ephemeral":true},
                 "trigger_id":"1111111111.2222222222.samplesampletrigger2","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "channel":{"id":"C0SAMPLE01","name":"laererrommet"},"response_url":"%s",
                 "actions":[{"action_id":"topic.vote","block_id":"topic_1","text":{"type":"plain_text","text":"Vote"},
                 "value":"%s","type":"button","action_ts":"1764000001.000200"}]}""".formatted(userId, t.slack.responseUrl(), topicId);
        assertEquals(200, t.interact(payload).statusCode());
        long deadline = System.currentTimeMillis() + 10_000;
        while (t.slack.responses().size() <= before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(t.slack.responses().size() > before, "the board is updated through response_url");
        JsonObject update = JsonParser.parseString(t.slack.responses().get(before).getBodyAsString()).getAsJsonObject();
        assertTrue(update.get("replace_original").getAsBoolean());
        return update.get("text").getAsString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A view_submission of the group editor as Slack sends it. */
    static String groupsSubmission(String userId, List<String> leaders, List<List<String>> groups) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < groups.size(); i++) {
            JsonObject select = new JsonObject();
            select.addProperty("type", "static_select");
            JsonObject option = new JsonObject();
            option.addProperty("value", leaders.get(i));
            select.add("selected_option", option);
            JsonObject leader = new JsonObject();
            leader.add("leader", select);
            values.add("group_" + i + "_leader", leader);
            JsonObject users = new JsonObject();
            users.addProperty("type", "multi_users_select");
            JsonArray selected = new JsonArray();
            groups.get(i).forEach(selected::add);
            users.add("selected_users", selected);
            JsonObject members = new JsonObject();
            members.add("members", users);
            values.add("group_" + i, members);
        }
        return """
                {"type":"view_submission","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "user":{"id":"%s","username":"x","name":"x","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"sampleVerificationToken000","trigger_id":"1.2.3",
                 "view":{"id":"V0SAMPLE","team_id":"T0SAMPLE01","type":"modal","callback_id":"groups.form","hash":"1.x",
                 "private_metadata":"","blocks":[],"state":{"values":%s}},"response_urls":[]}""".formatted(userId, values);
    }
}
