package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school's story, end to end through the Slack adapter over signed HTTP, asserting what each
 * person sees at each step: a principal sets up, names three leaders; fifteen teachers and special
 * educators join and give a baseline; leaders form groups of five; sessions are planned and held;
 * members bring topics and vote; after the round everyone reflects; the principal's summary shows
 * aggregates only; round two starts with new teachers and avoids earlier groupmates.
 */
class SchoolStoryTest {
    static final String PRINCIPAL = "U0RECTOR";
    static final String STAFF_ROOM = "C0SAMPLE01";
    static final List<String> LEADERS = List.of("U0LEADA", "U0LEADB", "U0LEADC");
    static final String PRIVATE_NOTE = "Jeg er redd for foreldremøtet 🙈";

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
        for (int i = 1; i <= 25; i++) {
            t.slack.knowsUser(teacher(i), (i % 3 == 0 ? "Special educator " : "Teacher ") + i, "en-US", "Europe/Oslo");
        }
    }

    @AfterEach
    void stop() {
        t.close();
    }

    static String teacher(int i) {
        return String.format("U0T%02d", i);
    }

    @Test
    void aRoundFromTheFirstJoinToTheSummaryAndTheNextRound() throws Exception {
        // The principal starts the program and names three leaders; they find each other in a private circle.
        assertTrue(t.command(PRINCIPAL, "setup Lindeskolen").contains("Lindeskolen is set up, and round 1 is open"));
        String leaders = t.command(PRINCIPAL, "leaders add <@U0LEADA> <@U0LEADB> <@U0LEADC>");
        assertTrue(leaders.contains("Leader A, Leader B, Leader C"), leaders);
        t.awaitCall("conversations.invite", r -> FakeSlack.param(r, "users").contains("U0LEADC"));

        // Fifteen teachers and special educators join, each choosing to, and give a short baseline.
        for (int i = 1; i <= 15; i++) {
            String joined = t.command(teacher(i), "join " + (i % 3 == 0 ? "special-educator" : "teacher"));
            assertTrue(joined.contains("Welcome! You are in round 1"), joined);
            assertTrue(t.command(teacher(i), "reflect baseline 3 " + (2 + i % 2) + " " + PRIVATE_NOTE).contains("saved"));
        }
        assertTrue(t.command(teacher(4), "status").contains("15 people have joined"));

        // A member cannot form groups; a leader accepts the proposal: three groups of five, each with a leader.
        assertTrue(t.command(teacher(1), "groups accept").contains("Only group leaders"));
        String proposal = t.command("U0LEADA", "groups propose");
        assertTrue(proposal.contains("Proposed groups (3)"), proposal);
        assertTrue(t.command("U0LEADA", "groups accept").contains("3 groups are formed"));
        assertEquals(List.of(List.of("5"), List.of("5"), List.of("5")),
                t.rows("SELECT COUNT(*) FROM group_seats GROUP BY group_id ORDER BY group_id"));
        assertEquals(3, t.count("SELECT COUNT(DISTINCT leader_user_id) FROM mentoring_groups"));
        String home = FakeSlack.param(t.awaitCall("views.publish", r -> teacher(1).equals(FakeSlack.param(r, "user_id"))
                && FakeSlack.param(r, "view").contains("Your group")), "view");
        assertTrue(home.contains("led by Leader"), home);

        // Each group's private channel is made after the answer; wait for all three before planning.
        long channelsBy = System.currentTimeMillis() + 10_000;
        while (t.count("SELECT COUNT(*) FROM mentoring_groups WHERE channel_id IS NOT NULL") < 3 && System.currentTimeMillis() < channelsBy) {
            Thread.sleep(25);
        }

        // Each leader plans the group's first session; the group's channel gets the calendar file.
        String day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(7).toString();
        for (String leader : LEADERS) {
            String planned = t.command(leader, "schedule " + day + " 15:00 60m Room 204");
            assertTrue(planned.contains("15:00") || planned.contains("3:00"), planned);
        }
        assertEquals(3, t.count("SELECT COUNT(*) FROM sessions"));
        awaitUploads(3);
        assertEquals(3, t.slack.uploads().size(), "one .ics per group");
        assertTrue(new String(t.slack.uploads().get(0), java.nio.charset.StandardCharsets.UTF_8).contains("BEGIN:VCALENDAR"));
        assertTrue(t.command(teacher(1), "sessions").contains("Room 204"));

        // Members bring their own challenges and vote; the group sees its board, the principal does not.
        String groupOfTeacher1 = groupOf(teacher(1));
        List<String> groupmates = membersOf(groupOfTeacher1);
        assertTrue(t.command(groupmates.get(0), "propose Parents who email late at night").contains("'s board as number"));
        assertTrue(t.command(groupmates.get(1), "propose Feeling alone with a hard decision --anonymous").contains("'s board as number"));
        String board = t.command(groupmates.get(2), "topics");
        assertTrue(board.contains("Parents who email late at night") && board.contains("Feeling alone with a hard decision"), board);
        assertFalse(board.contains(nameOf(groupmates.get(1))), "the anonymous author is named nowhere");
        t.command(groupmates.get(2), "topics vote 2");
        String principalsView = t.command(PRINCIPAL, "topics");
        assertFalse(principalsView.contains("Parents who email"), principalsView);

        // The sessions are held (a week passes: recorded as held yesterday), and members reflect on them.
        for (String group : t.rows("SELECT id FROM mentoring_groups ORDER BY id").stream().map(r -> r.get(0)).toList()) {
            heldYesterday(Long.parseLong(group));
        }
        for (int i = 1; i <= 15; i++) {
            assertTrue(t.command(teacher(i), "reflect 4 4").contains("saved"), "reflection of teacher " + i);
        }

        // The principal closes the round: everyone is invited to the end-of-round reflection, alike.
        assertTrue(t.command(PRINCIPAL, "round close").contains("being evaluated"));
        for (int i = 1; i <= 15; i++) {
            String member = teacher(i);
            t.awaitCall("chat.postMessage", r -> member.equals(FakeSlack.param(r, "channel"))
                    && FakeSlack.param(r, "text").contains("Round 1 is over"));
            assertTrue(t.command(member, "reflect end 4 5 " + PRIVATE_NOTE).contains("saved"));
        }

        // The summary in the staff room: aggregates only, with the change from joining to the end, and a chart.
        assertTrue(t.command(PRINCIPAL, "summary").contains("posted in this channel"));
        LoggedRequest posted = t.awaitCall("chat.postMessage", r -> STAFF_ROOM.equals(FakeSlack.param(r, "channel")));
        String summary = FakeSlack.param(posted, "text");
        assertTrue(summary.contains("15 participants in 3 groups"), summary);
        assertTrue(summary.contains("Sense of mastery from joining to the end of the round: 3.0 → 4.0"), summary);
        assertFalse(summary.contains(PRIVATE_NOTE), "notes never reach the principal");
        for (int i = 1; i <= 15; i++) {
            assertFalse(summary.contains(nameOf(teacher(i))), "no individual in the summary");
        }
        awaitUploads(4);
        byte[] chart = t.slack.uploads().get(3);
        assertEquals((byte) 0x89, chart[0], "the chart is a PNG uploaded with the summary");

        // Round two: the evaluation ends, a new round opens; some return, new teachers join, and nobody
        // sits again with someone from their first group when it can be avoided.
        t.command(PRINCIPAL, "round close");
        assertTrue(t.command(PRINCIPAL, "round open Våren 2027").contains("Round 2 is open"));
        List<String> round2 = new ArrayList<>();
        for (String group : t.rows("SELECT id FROM mentoring_groups ORDER BY id").stream().map(r -> r.get(0)).toList()) {
            round2.addAll(membersOf(group).subList(0, 3));
        }
        for (int i = 16; round2.size() < 15; i++) {
            round2.add(teacher(i));
        }
        for (String member : round2) {
            assertTrue(t.command(member, "join").contains("Welcome! You are in round 2"));
        }
        assertTrue(t.command("U0LEADB", "groups accept").contains("3 groups are formed"));
        assertEquals(0, repeatedPairs());
        assertTrue(t.command(teacher(16), "home").contains("Round 2"));
    }

    private void awaitUploads(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (t.slack.uploads().size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
    }

    private String groupOf(String userId) throws Exception {
        return t.rows("SELECT group_id FROM group_seats WHERE user_id = '" + userId + "'").get(0).get(0);
    }

    private List<String> membersOf(String groupId) throws Exception {
        return t.rows("SELECT user_id FROM group_seats WHERE group_id = " + groupId + " ORDER BY user_id").stream()
                .map(r -> r.get(0)).toList();
    }

    private static String nameOf(String userId) {
        int i = Integer.parseInt(userId.substring(3));
        return (i % 3 == 0 ? "Special educator " : "Teacher ") + i;
    }

    private void heldYesterday(long groupId) throws Exception {
        long roundId = Long.parseLong(t.rows("SELECT round_id FROM mentoring_groups WHERE id = " + groupId).get(0).get(0));
        Instant start = Instant.now().minus(Duration.ofDays(1));
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mentoring.db"))) {
            c.createStatement().executeUpdate("INSERT INTO sessions (group_id, round_id, starts_at, ends_at, place, status, sequence, created_at)"
                    + " VALUES (" + groupId + ", " + roundId + ", " + start.toEpochMilli() + ", " + start.plus(Duration.ofHours(1)).toEpochMilli()
                    + ", 'Room 204', 'SCHEDULED', 0, " + start.toEpochMilli() + ")");
        }
    }

    /** Pairs of people who sat together in round 1 and again in round 2. */
    private long repeatedPairs() throws Exception {
        Map<String, Map<String, String>> groupByRound = new java.util.HashMap<>();
        for (var row : t.rows("SELECT s.user_id, r.number, s.group_id FROM group_seats s JOIN rounds r ON r.id = s.round_id")) {
            groupByRound.computeIfAbsent(row.get(0), k -> new java.util.HashMap<>()).put(row.get(1), row.get(2));
        }
        List<String> both = groupByRound.entrySet().stream().filter(e -> e.getValue().size() == 2).map(Map.Entry::getKey)
                .collect(Collectors.toList());
        long repeats = 0;
        for (int i = 0; i < both.size(); i++) {
            for (int j = i + 1; j < both.size(); j++) {
                var a = groupByRound.get(both.get(i));
                var b = groupByRound.get(both.get(j));
                if (a.get("1").equals(b.get("1")) && a.get("2").equals(b.get("2"))) {
                    repeats++;
                }
            }
        }
        return repeats;
    }
}
