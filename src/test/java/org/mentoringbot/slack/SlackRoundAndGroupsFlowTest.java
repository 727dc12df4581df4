package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's story over signed HTTP with a fake Slack: setup, leaders, 23 teachers join a round of
 * 20 (3 wait), one leaves and the first waiting is let in and told, a leader forms groups from the
 * proposal with one edit in the modal, App Home is published, and round 2 avoids earlier groupmates.
 */
class SlackRoundAndGroupsFlowTest {
    static final String PRINCIPAL = "U0PRINCIPAL";
    static final List<String> LEADERS = List.of("U0LEADA", "U0LEADB", "U0LEADC");

    @TempDir
    Path dir;
    SlackTestBot t;

    @BeforeEach
    void start() {
        t = new SlackTestBot(dir);
        t.slack.knowsUser(PRINCIPAL, "Rektor Åse", "en-US", "Europe/Oslo");
        for (int i = 0; i < LEADERS.size(); i++) {
            t.slack.knowsUser(LEADERS.get(i), "Leader " + (char) ('A' + i), "en-US", "Europe/Oslo");
        }
        for (int i = 1; i <= 33; i++) {
            t.slack.knowsUser(teacher(i), "Teacher " + i, "en-US", "Europe/Oslo");
        }
        t.slack.knowsUser("U0BOTTY", "Botty", "en-US", "UTC", true);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    static String teacher(int i) {
        return String.format("U0T%02d", i);
    }

    @Test
    void aRoundFromSetupToTheSecondRound() throws Exception {
        t.command(PRINCIPAL, "setup Lindeskolen");
        String added = t.command(PRINCIPAL, "leaders add <@U0LEADA|leada> <@U0LEADB> <@U0LEADC|leadc>");
        assertTrue(added.contains("Leader A, Leader B, Leader C"), added);
        // The leaders' circle: one private channel, all three invited, each welcomed.
        t.awaitCall("conversations.invite", r -> FakeSlack.param(r, "users").contains("U0LEADC"));
        assertEquals(1, t.slack.calls("conversations.create").size());

        assertTrue(t.command(PRINCIPAL, "round settings max 20").contains("at most 20 participants"));
        for (int i = 1; i <= 23; i++) {
            String reply = t.command(teacher(i), "join");
            assertTrue(i <= 20 ? reply.contains("Welcome!") : reply.contains("number " + (i - 20) + " on the waiting list"), reply);
        }
        assertEquals(20, t.count("SELECT COUNT(*) FROM memberships WHERE status = 'ENROLLED'"));
        assertEquals(3, t.count("SELECT COUNT(*) FROM memberships WHERE status = 'WAITING'"));

        // One leaves: the first on the waiting list (teacher 21) is let in and told, and nobody else.
        t.command(teacher(5), "leave");
        assertEquals("ENROLLED", t.rows("SELECT status FROM memberships WHERE user_id = 'U0T21'").get(0).get(0));
        assertEquals("WAITING", t.rows("SELECT status FROM memberships WHERE user_id = 'U0T22'").get(0).get(0));
        t.awaitCall("chat.postMessage", r -> "U0T21".equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("a place opened in round 1"));

        // A member may not form groups.
        assertTrue(t.command(teacher(1), "groups").contains("Only group leaders"));

        // The leader opens the editor: a modal filled with the proposal.
        assertEquals("", t.command("U0LEADA", "groups"));
        JsonObject modal = JsonParser.parseString(FakeSlack.param(t.awaitCall("views.open", r -> true), "view")).getAsJsonObject();
        assertEquals("groups.form", modal.get("callback_id").getAsString());
        List<List<String>> proposed = new ArrayList<>();
        List<String> leaders = new ArrayList<>();
        for (var block : modal.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            JsonObject element = b.getAsJsonObject("element");
            if (b.get("block_id").getAsString().endsWith("_leader")) {
                leaders.add(element.has("initial_option") ? element.getAsJsonObject("initial_option").get("value").getAsString() : null);
            } else {
                List<String> members = new ArrayList<>();
                if (element.has("initial_users")) {
                    element.getAsJsonArray("initial_users").forEach(u -> members.add(u.getAsString()));
                }
                proposed.add(members);
            }
        }
        assertEquals(5, proposed.size(), "four proposed groups of five and one empty extra");
        assertTrue(proposed.get(4).isEmpty());
        assertEquals(20, proposed.stream().mapToInt(List::size).sum());

        // A bad edit first: a bot and a person in two groups. Errors come back next to the fields; nothing is saved.
        List<List<String>> bad = copy(proposed);
        bad.get(1).add(proposed.get(0).get(0));
        bad.get(2).add("U0BOTTY");
        String errors = t.interact(submission("U0LEADA", leaders, bad)).body();
        assertTrue(errors.contains("\"response_action\":\"errors\""), errors);
        assertTrue(errors.contains("is in more than one group") && errors.contains("Botty is a bot"), errors);
        assertEquals(0, t.count("SELECT COUNT(*) FROM mentoring_groups"));

        // The one edit: move the first person of group 1 to group 2, then save.
        List<List<String>> edited = copy(proposed);
        String moved = edited.get(0).remove(0);
        edited.get(1).add(moved);
        var saved = t.interact(submission("U0LEADA", leaders, edited));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().isEmpty() || !saved.body().contains("errors"), saved.body());
        assertEquals(4, t.count("SELECT COUNT(*) FROM mentoring_groups"));
        assertEquals(20, t.count("SELECT COUNT(*) FROM group_seats"));
        assertEquals(2, t.count("SELECT number FROM mentoring_groups g JOIN group_seats s ON s.group_id = g.id WHERE s.user_id = '" + moved + "'"));
        assertEquals("RUNNING", t.rows("SELECT state FROM rounds").get(0).get(0));

        // Each group gets a private channel with its members and leader, and a welcome.
        for (int g = 0; g < 4; g++) {
            String someone = edited.get(g).get(0);
            t.awaitCall("conversations.invite", r -> FakeSlack.param(r, "users").contains(someone));
        }
        t.awaitCall("chat.postMessage", r -> FakeSlack.param(r, "text").contains("Welcome to group 4!"));

        // App Home: a member sees their group and leader, a leader the groups they lead.
        String member = edited.get(1).get(1);
        var memberHome = t.awaitCall("views.publish", r -> member.equals(FakeSlack.param(r, "user_id"))
                && FakeSlack.param(r, "view").contains("Your group: group 2"));
        assertTrue(FakeSlack.param(memberHome, "view").contains("\"type\":\"home\""));
        t.awaitCall("views.publish", r -> "U0LEADA".equals(FakeSlack.param(r, "user_id"))
                && FakeSlack.param(r, "view").contains("You lead group"));

        // Round 1 closes (evaluation), round 2 opens; half return and ten new teachers join.
        assertTrue(t.command(PRINCIPAL, "round close").contains("being evaluated"));
        assertTrue(t.command(PRINCIPAL, "round open Våren 2027").contains("Round 2 is open"));
        Set<String> returning = new HashSet<>();
        for (List<String> group : edited.subList(0, 4)) {
            returning.addAll(group.subList(0, Math.min(3, group.size())));
        }
        List<String> round2 = new ArrayList<>(returning);
        for (int i = 24; round2.size() < 20; i++) {
            round2.add(teacher(i));
        }
        for (String person : round2) {
            assertTrue(t.command(person, "join").contains("Welcome!"));
        }
        String proposal = t.command("U0LEADB", "groups propose");
        assertTrue(proposal.contains("Proposed groups (4)"), proposal);
        t.command("U0LEADB", "groups accept");
        assertEquals(0, repeatedPairs(), "nobody sits again with someone from their round 1 group");
    }

    private long repeatedPairs() throws Exception {
        Map<String, Map<Integer, String>> groupOf = new HashMap<>();
        for (var row : t.rows("SELECT s.user_id, r.number, s.group_id FROM group_seats s JOIN rounds r ON r.id = s.round_id")) {
            groupOf.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(Integer.parseInt(row.get(1)), row.get(2));
        }
        long repeats = 0;
        List<String> people = new ArrayList<>(groupOf.keySet());
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                var a = groupOf.get(people.get(i));
                var b = groupOf.get(people.get(j));
                if (a.containsKey(1) && a.containsKey(2) && b.containsKey(1) && b.containsKey(2)
                        && a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2))) {
                    repeats++;
                }
            }
        }
        return repeats;
    }

    private static List<List<String>> copy(List<List<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        groups.forEach(g -> copy.add(new ArrayList<>(g)));
        return copy;
    }

    /** A view_submission of the group editor as Slack sends it. */
    private static String submission(String userId, List<String> leaders, List<List<String>> groups) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < groups.size(); i++) {
            JsonObject leader = new JsonObject();
            JsonObject select = new JsonObject();
            select.addProperty("type", "static_select");
            if (leaders.get(i) != null) {
                JsonObject option = new JsonObject();
                option.addProperty("value", leaders.get(i));
                select.add("selected_option", option);
            }
            leader.add("leader", select);
            values.add("group_" + i + "_leader", leader);
            JsonObject members = new JsonObject();
            JsonObject users = new JsonObject();
            users.addProperty("type", "multi_users_select");
            JsonArray selected = new JsonArray();
            groups.get(i).forEach(selected::add);
            users.add("selected_users", selected);
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
