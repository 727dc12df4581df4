package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions over signed HTTP against a fake Slack: a leader plans by typing and in the modal, the
 * group's channel gets a message and the .ics file, the session is moved and cancelled with the
 * same calendar UID, bad requests are refused, a DST question is answered with its button, and
 * attendance is taken once a session has begun.
 */
class SlackSessionsFlowTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String PRINCIPAL = "U0PRINCIPAL";
    static final List<String> LEADERS = List.of("U0LEADA", "U0LEADB");
    static final String NEW_YORKER = "U0T01";

    @TempDir
    Path dir;
    SlackTestBot t;
    String leader;
    String otherLeader;
    String member;
    long groupId;
    String channel;

    @BeforeEach
    void aRoundWithGroups() throws Exception {
        t = new SlackTestBot(dir);
        t.slack.knowsUser(PRINCIPAL, "Rektor Åse", "en-US", "Europe/Oslo");
        t.slack.knowsUser("U0LEADA", "Leader A", "en-US", "Europe/Oslo");
        t.slack.knowsUser("U0LEADB", "Leader B", "en-US", "Europe/Oslo");
        t.slack.knowsUser(NEW_YORKER, "Teacher 1", "en-US", "America/New_York");
        for (int i = 2; i <= 6; i++) {
            t.slack.knowsUser("U0T0" + i, "Teacher " + i, "en-US", "Europe/Oslo");
        }
        t.command(PRINCIPAL, "setup Lindeskolen");
        t.command(PRINCIPAL, "leaders add <@U0LEADA> <@U0LEADB>");
        t.command(PRINCIPAL, "round settings size 3");
        for (int i = 1; i <= 6; i++) {
            assertTrue(t.command("U0T0" + i, "join").contains("Welcome!"));
        }
        t.command("U0LEADA", "groups accept");
        assertEquals(2, t.count("SELECT COUNT(*) FROM mentoring_groups"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (t.count("SELECT COUNT(*) FROM mentoring_groups WHERE channel_id IS NULL") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
        var row = t.rows("SELECT g.id, g.leader_user_id, g.channel_id FROM mentoring_groups g JOIN group_seats s ON s.group_id = g.id "
                + "WHERE s.user_id = '" + NEW_YORKER + "'").get(0);
        groupId = Long.parseLong(row.get(0));
        leader = row.get(1);
        channel = row.get(2);
        otherLeader = leader.equals("U0LEADA") ? "U0LEADB" : "U0LEADA";
        member = t.rows("SELECT user_id FROM group_seats WHERE group_id = " + groupId + " AND user_id <> '" + NEW_YORKER + "'").get(0).get(0);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aLeaderPlansMovesAndCancelsAndTheGroupsCalendarFollows() throws Exception {
        LocalDate day = LocalDate.now(OSLO).plusDays(30);
        Instant start = ZonedDateTime.of(day, LocalTime.of(15, 0), OSLO).toInstant();

        // Typed: stored in UTC, the channel told, the calendar file shared there.
        String planned = t.command(leader, "schedule " + day + " 15:00 60m Room 204");
        assertTrue(planned.contains("Session 1 of group") && planned.contains("is planned"), planned);
        assertEquals(List.of(List.of(String.valueOf(start.toEpochMilli()), "Room 204", "SCHEDULED")),
                t.rows("SELECT starts_at, place, status FROM sessions"));
        t.awaitCall("chat.postMessage", r -> channel.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("planned session 1") && FakeSlack.param(r, "text").contains("Room 204"));
        String ics = awaitUpload("SEQUENCE:0");
        assertTrue(ics.contains("METHOD:PUBLISH\r\n") && ics.contains("UID:session-1@mentoring-bot\r\n"), ics);
        assertTrue(ics.contains("DTSTART:" + utc(start) + "\r\n"), ics);
        var shared = t.awaitCall("files.completeUploadExternal", r -> channel.equals(FakeSlack.param(r, "channel_id")));
        assertTrue(FakeSlack.param(shared, "initial_comment").contains("session 1"));

        // A member in New York sees it in their own time.
        String seen = t.command(NEW_YORKER, "sessions");
        assertTrue(seen.contains("times in America/New_York") && seen.contains(newYorkClock(start)), seen);

        // Refused, and nothing stored: overlapping, in the past, by a member, by another group's leader.
        assertTrue(t.command(leader, "schedule " + day + " 15:30 Room 204").contains("already meets then"));
        assertTrue(t.command(leader, "schedule 2020-01-14 15:00").contains("already passed"));
        assertTrue(t.command(member, "schedule " + day.plusDays(1) + " 15:00").contains("Only group leaders"));
        assertTrue(t.command(otherLeader, "cancel 1").contains("has another leader"));
        assertTrue(t.command(leader, "schedule " + day + " 15:00 900m").contains("lasts from 15 min to 8 h"));
        assertEquals(1, t.count("SELECT COUNT(*) FROM sessions"));

        // Moved: the same UID with a higher sequence, so calendars move the event they have.
        String moved = t.command(leader, "reschedule 1 " + day.plusDays(2) + " 16:00");
        assertTrue(moved.contains("is moved to"), moved);
        String movedIcs = awaitUpload("SEQUENCE:1");
        assertTrue(movedIcs.contains("UID:session-1@mentoring-bot\r\n") && movedIcs.contains("METHOD:PUBLISH"), movedIcs);
        t.awaitCall("chat.postMessage", r -> channel.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("moved session 1"));

        // Cancelled: a CANCEL for the same event.
        assertTrue(t.command(leader, "cancel 1").contains("is cancelled"));
        String cancelled = awaitUpload("SEQUENCE:2");
        assertTrue(cancelled.contains("METHOD:CANCEL\r\n") && cancelled.contains("STATUS:CANCELLED\r\n")
                && cancelled.contains("UID:session-1@mentoring-bot\r\n"), cancelled);
        assertEquals("CANCELLED", t.rows("SELECT status FROM sessions WHERE id = 1").get(0).get(0));
        assertTrue(t.command(NEW_YORKER, "sessions").contains("No sessions planned yet"));
    }

    @Test
    void aLeaderPlansInTheModal() throws Exception {
        assertEquals("", t.command(leader, "schedule"));
        JsonObject modal = JsonParser.parseString(FakeSlack.param(t.awaitCall("views.open", r -> true), "view")).getAsJsonObject();
        assertEquals("session.form", modal.get("callback_id").getAsString());
        assertEquals("group=" + groupId, modal.get("private_metadata").getAsString());
        String blocks = modal.getAsJsonArray("blocks").toString();
        for (String block : List.of("session_date", "session_time", "session_length", "session_place")) {
            assertTrue(blocks.contains("\"" + block + "\""), block + " in " + blocks);
        }
        assertTrue(blocks.contains("\"timezone\":\"Europe/Oslo\""), blocks);

        // A time already gone comes back next to the time field, and nothing is stored.
        String errors = t.interact(submission(leader, "2020-01-14", "10:00", "60", "Rom 5")).body();
        assertTrue(errors.contains("\"response_action\":\"errors\"") && errors.contains("session_time")
                && errors.contains("already passed"), errors);
        assertEquals(0, t.count("SELECT COUNT(*) FROM sessions"));

        LocalDate day = LocalDate.now(OSLO).plusDays(20);
        var saved = t.interact(submission(leader, day.toString(), "10:00", "90", "Rom 5 & 6 <b>"));
        assertEquals(200, saved.statusCode());
        assertFalse(saved.body().contains("errors"), saved.body());
        Instant start = ZonedDateTime.of(day, LocalTime.of(10, 0), OSLO).toInstant();
        assertEquals(List.of(List.of(String.valueOf(start.toEpochMilli()), String.valueOf(start.plusSeconds(90 * 60).toEpochMilli()),
                "Rom 5 & 6 <b>")), t.rows("SELECT starts_at, ends_at, place FROM sessions"));
        t.awaitCall("chat.postMessage", r -> leader.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("is planned"));
        t.awaitCall("chat.postMessage", r -> channel.equals(FakeSlack.param(r, "channel"))
                && FakeSlack.param(r, "text").contains("Rom 5 &amp; 6 &lt;b&gt;"));
        assertTrue(awaitUpload("SEQUENCE:0").contains("LOCATION:Rom 5 & 6 <b>\r\n"));

        // A member gets no form.
        assertTrue(t.command(member, "schedule").contains("Only group leaders"));
        assertEquals(1, t.slack.calls("views.open").size());
    }

    @Test
    void aTimeShownTwiceIsAnsweredWithItsButton() throws Exception {
        ZoneOffsetTransition fallBack = nextFallBack();
        LocalDate day = fallBack.getDateTimeBefore().toLocalDate();
        LocalTime twice = fallBack.getDateTimeAfter().toLocalTime().plusMinutes(30);

        var response = t.requests.form(SignedSlackRequests.slashCommand(leader, "leader", "schedule " + day + " " + twice + " 30m",
                t.slack.responseUrl()));
        JsonObject reply = JsonParser.parseString(response.body()).getAsJsonObject();
        assertTrue(reply.get("text").getAsString().contains("happens twice"), reply.toString());
        assertEquals(0, t.count("SELECT COUNT(*) FROM sessions"));
        JsonObject later = null;
        for (var block : reply.getAsJsonArray("blocks")) {
            if (block.getAsJsonObject().has("elements") && "actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                later = block.getAsJsonObject().getAsJsonArray("elements").get(1).getAsJsonObject();
            }
        }
        assertEquals("session.at", later.get("action_id").getAsString());

        var ack = t.interact(buttonPress(leader, later.get("value").getAsString()));
        assertEquals(200, ack.statusCode());
        long deadline = System.currentTimeMillis() + 10_000;
        while (t.slack.responses().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
        assertTrue(t.slack.responses().get(0).getBodyAsString().contains("is planned"));
        Instant winterTime = day.atTime(twice).toInstant(fallBack.getOffsetAfter());
        assertEquals(String.valueOf(winterTime.toEpochMilli()), t.rows("SELECT starts_at FROM sessions").get(0).get(0));
    }

    @Test
    void theLeaderTakesAttendanceOnceTheSessionHasBegun() throws Exception {
        LocalDate day = LocalDate.now(OSLO).plusDays(10);
        t.command(leader, "schedule " + day + " 15:00 60m Room 204");
        assertTrue(t.command(leader, "attendance 1").contains("has not begun yet"));

        // The day comes: the session is under way.
        long now = System.currentTimeMillis();
        t.execute("UPDATE sessions SET starts_at = " + (now - 600_000) + ", ends_at = " + (now + 3_000_000) + " WHERE id = 1");

        String everyone = t.command(leader, "attendance 1");
        assertTrue(everyone.contains("3 of 3 came") && everyone.contains("Absent: nobody"), everyone);
        String marked = t.command(leader, "attendance 1 absent <@" + member + ">");
        assertTrue(marked.contains("2 of 3 came"), marked);
        assertEquals(List.of(List.of(member, "0")), t.rows("SELECT user_id, present FROM attendance WHERE session_id = 1"));

        assertTrue(t.command(member, "attendance 1").contains("Only group leaders"));
        assertTrue(t.command(otherLeader, "attendance 1 present <@" + member + ">").contains("has another leader"));
        String owner = t.command(PRINCIPAL, "attendance 1");
        assertTrue(owner.contains("2 of 3 came") && !owner.contains("Teacher"), owner);
        assertEquals(List.of(List.of(member, "0")), t.rows("SELECT user_id, present FROM attendance WHERE session_id = 1"));
    }

    private String awaitUpload(String containing) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var found = t.slack.uploads().stream().map(b -> new String(b, StandardCharsets.UTF_8)).filter(s -> s.contains(containing))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no upload with " + containing);
    }

    private static String utc(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }

    private static String newYorkClock(Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(instant.atZone(ZoneId.of("America/New_York")));
    }

    private static ZoneOffsetTransition nextFallBack() {
        ZoneOffsetTransition transition = OSLO.getRules().nextTransition(Instant.now().plusSeconds(86_400));
        while (!transition.isOverlap()) {
            transition = OSLO.getRules().nextTransition(transition.getInstant());
        }
        return transition;
    }

    private String submission(String userId, String date, String time, String minutes, String place) {
        JsonObject values = new JsonObject();
        values.add("session_date", action("date", "{\"type\":\"datepicker\",\"selected_date\":\"" + date + "\"}"));
        values.add("session_time", action("time",
                "{\"type\":\"timepicker\",\"selected_time\":\"" + time + "\",\"timezone\":\"Europe/Oslo\"}"));
        values.add("session_length", action("length",
                "{\"type\":\"static_select\",\"selected_option\":{\"value\":\"" + minutes + "\"}}"));
        JsonObject input = new JsonObject();
        input.addProperty("type", "plain_text_input");
        input.addProperty("value", place);
        JsonObject placeBlock = new JsonObject();
        placeBlock.add("place", input);
        values.add("session_place", placeBlock);
        return """
                {"type":"view_submission","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "user":{"id":"%s","username":"x","name":"x","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"sampleVerificationToken000","trigger_id":"1.2.3",
                 "view":{"id":"V0SAMPLE","team_id":"T0SAMPLE01","type":"modal","callback_id":"session.form","hash":"1.x",
                 "private_metadata":"group=%d","blocks":[],"state":{"values":%s}},"response_urls":[]}"""
                .formatted(userId, groupId, values);
    }

    private static JsonObject action(String actionId, String json) {
        JsonObject block = new JsonObject();
        block.add(actionId, JsonParser.parseString(json));
        return block;
    }

    private String buttonPress(String userId, String value) {
        JsonObject action = new JsonObject();
        action.addProperty("action_id", "session.at");
        action.addProperty("block_id", "actions");
        action.addProperty("value", value);
        action.addProperty("type", "button");
        action.addProperty("action_ts", "1764000001.000200");
        return """
                {"type":"block_actions","user":{"id":"%s","username":"x","name":"x","team_id":"T0SAMPLE01"},
                 "api_app_id":"A0SAMPLE01","token":"sampleVerificationToken000",
                 "container":{"type":"message","message_ts":"1764000000.000100","channel_id":"C0SAMPLE01","is_ephemeral":true},
                 "trigger_id":"1111111111.2222222222.samplesampletrigger2","team":{"id":"T0SAMPLE01","domain":"lindeskolen"},
                 "channel":{"id":"C0SAMPLE01","name":"laererrommet"},"response_url":"%s","actions":[%s]}"""
                .formatted(userId, t.slack.responseUrl(), action);
    }
}
