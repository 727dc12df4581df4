package org.mentoringbot.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.scheduling.ReminderWorld.oslo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.SendSessionReminders;
import org.mentoringbot.usecase.SendSessionReminders.Planned;

/** Session reminders with a clock the test controls, on a real SQLite database and outbox. */
class SessionRemindersTest {
    @TempDir
    Path dir;
    ReminderWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    private Planned plan(SendSessionReminders reminders, MentoringSession session, ReminderKind kind, Duration before) {
        return reminders.planFor(session).stream()
                .filter(p -> p.kind() == kind && (before == null || p.plannedAt().equals(session.startsAt().minus(before))))
                .findFirst().orElseThrow();
    }

    @Test
    void remindersAre24HoursAnd1HourBeforeTheSessionAcrossBothDstChangesInOslo() {
        world = new ReminderWorld(dir, 3);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        // Spring forward: the night of 27-28 March 2027. 15:00 on the 28th is summer time (13:00 UTC).
        MentoringSession spring = world.session(oslo("2027-03-28T15:00"), Duration.ofHours(1), null);
        List<Instant> springBefore = reminders.planFor(spring).stream().filter(p -> p.kind() == ReminderKind.BEFORE_SESSION)
                .map(Planned::plannedAt).toList();
        assertEquals(List.of(Instant.parse("2027-03-27T13:00:00Z"), Instant.parse("2027-03-28T12:00:00Z")), springBefore);
        assertEquals(oslo("2027-03-27T14:00"), springBefore.get(0), "24 hours before is 14:00 the day before, on winter time");

        // Fall back: the night of 30-31 October 2027. 15:00 on the 31st is winter time (14:00 UTC).
        MentoringSession autumn = world.session(oslo("2027-10-31T15:00"), Duration.ofHours(1), null);
        List<Instant> autumnBefore = reminders.planFor(autumn).stream().filter(p -> p.kind() == ReminderKind.BEFORE_SESSION)
                .map(Planned::plannedAt).toList();
        assertEquals(List.of(Instant.parse("2027-10-30T14:00:00Z"), Instant.parse("2027-10-31T13:00:00Z")), autumnBefore);
        assertEquals(oslo("2027-10-30T16:00"), autumnBefore.get(0), "24 hours before is 16:00 the day before, on summer time");

        // The invitation to reflect comes an hour after the session ends.
        Planned invite = reminders.planFor(spring).stream().filter(p -> p.kind() == ReminderKind.REFLECT_INVITATION).findFirst().orElseThrow();
        assertEquals(oslo("2027-03-28T17:00"), invite.plannedAt());
    }

    @Test
    void aDueReminderIsQueuedOnceForEachMemberAndThePreparationNoteForTheLeader() throws Exception {
        world = new ReminderWorld(dir, 3);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofMinutes(90), "Room 204 æøå");
        world.db.transactions().inTransaction(() -> {
            Topic topic = world.db.topics().add(new Topic(world.group.id(), world.roundId, "U0M001", false, "Foreldresamtaler 🌻", world.clock.instant()));
            topic.putOnAgendaOf(session.id());
            return world.db.sessions().mark(new Attendance(session.id(), "U0M002", false));
        });
        Planned dayBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(24));
        world.now = dayBefore.plannedAt();

        assertEquals(3, reminders.fire(dayBefore));
        assertEquals(1, reminders.fire(plan(reminders, session, ReminderKind.LEADER_PREPARATION, Duration.ofHours(24))));

        var rows = world.outbox();
        assertEquals(List.of("U0LEADER", "U0M001", "U0M002", "U0M003"), rows.stream().map(ReminderWorld.Row::to).sorted().toList());
        rows.forEach(row -> assertEquals(dayBefore.plannedAt(), row.due()));
        String leaderNote = rows.stream().filter(r -> r.to().equals("U0LEADER")).findFirst().orElseThrow().message();
        assertTrue(leaderNote.contains("reminder.prepare") && leaderNote.contains("Foreldresamtaler 🌻") && leaderNote.contains("Member 2"),
                leaderNote);
        String member = rows.stream().filter(r -> r.to().equals("U0M001")).findFirst().orElseThrow().message();
        assertTrue(member.contains("Wednesday, January 13, 2027") || member.contains("Thursday, January 14, 2027"), member);
        assertTrue(member.contains("3:00") && member.contains("Room 204 æøå") && member.contains("mute reminders"), member);
        assertTrue(!member.contains("Foreldresamtaler"), "members' reminders carry no agenda or apologies");
    }

    @Test
    void firingTwiceAfterARestartQueuesNothingTwice() throws Exception {
        world = new ReminderWorld(dir, 3);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofHours(1), null);
        Planned hourBefore = plan(world.reminders(ReminderPolicy.DEFAULT), session, ReminderKind.BEFORE_SESSION, Duration.ofHours(1));
        world.now = hourBefore.plannedAt();
        assertEquals(3, world.reminders(ReminderPolicy.DEFAULT).fire(hourBefore));

        world.now = hourBefore.plannedAt().plusSeconds(30); // a new process fires the same plan again
        assertEquals(0, world.reminders(ReminderPolicy.DEFAULT).fire(hourBefore));
        assertEquals(3, world.outbox().size());
    }

    @Test
    void afterDowntimeAReminderIsSentLateOnlyIfTheSessionHasNotStarted() throws Exception {
        world = new ReminderWorld(dir, 2);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofHours(1), null);
        Planned hourBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(1));
        Planned dayBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(24));

        world.now = oslo("2027-01-14T14:40"); // the bot was down from 13:00 yesterday until now
        assertEquals(2, reminders.fire(hourBefore));
        assertEquals(0, reminders.fire(dayBefore), "the day-before reminder would be a second, stale message");
        var rows = world.outbox();
        assertEquals(2, rows.size());
        rows.forEach(row -> assertEquals(world.now, row.due()));
        assertTrue(rows.get(0).message().contains("bot was offline"), rows.get(0).message());

        world.now = oslo("2027-01-14T15:05");
        Planned leader = plan(reminders, session, ReminderKind.LEADER_PREPARATION, Duration.ofHours(1));
        assertEquals(0, reminders.fire(leader), "the session has started: too late to prepare");
    }

    @Test
    void aReminderDueInSomeonesQuietHoursWaitsForTheirMorningIfTheSessionIsLater() throws Exception {
        world = new ReminderWorld(dir, 1);
        world.everyoneIn = ZoneId.of("America/New_York");
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        // 16:00 in Oslo the day before is 10:00 in New York: fine. But a 09:00 Oslo session's 1-hour
        // reminder is 02:00 in New York: quiet until 07:00 there, which is after the session: dropped.
        MentoringSession session = world.session(oslo("2027-01-14T09:00"), Duration.ofHours(1), null);
        Planned hourBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(1));
        world.now = hourBefore.plannedAt();
        assertEquals(0, reminders.fire(hourBefore));

        // A 19:00 Oslo session's day-before reminder is 19:00 in Oslo, 13:00 in New York: sent at once;
        // an Oslo colleague's would be at 19:00 too, before quiet hours.
        MentoringSession evening = world.session(oslo("2027-01-20T19:00"), Duration.ofHours(1), null);
        Planned hourBeforeEvening = plan(reminders, evening, ReminderKind.BEFORE_SESSION, Duration.ofHours(1));
        world.now = hourBeforeEvening.plannedAt();
        assertEquals(1, reminders.fire(hourBeforeEvening));
        assertEquals(hourBeforeEvening.plannedAt(), world.outbox().get(0).due());
    }

    @Test
    void anEarlyMorningReminderInOsloIsMovedToSevenOClock() throws Exception {
        world = new ReminderWorld(dir, 1);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T07:45"), Duration.ofHours(1), null);
        Planned hourBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(1));
        world.now = hourBefore.plannedAt(); // 06:45: quiet hours
        assertEquals(1, reminders.fire(hourBefore));
        assertEquals(oslo("2027-01-14T07:00"), world.outbox().get(0).due());
    }

    @Test
    void pausedAndMutedMembersGetNoReminder() throws Exception {
        world = new ReminderWorld(dir, 3);
        world.onMembership("U0M001", m -> m.pauseUntil(LocalDate.of(2027, 2, 1)));
        world.onMembership("U0M002", m -> m.muteReminders(true));
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofHours(1), null);
        Planned dayBefore = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(24));
        world.now = dayBefore.plannedAt();

        assertEquals(1, reminders.fire(dayBefore));
        assertEquals(List.of("U0M003"), world.outbox().stream().map(ReminderWorld.Row::to).toList());
    }

    @Test
    void aMovedOrCancelledSessionsOldRemindersAreNeverSent() throws Exception {
        world = new ReminderWorld(dir, 2);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofHours(1), null);
        Planned old = plan(reminders, session, ReminderKind.BEFORE_SESSION, Duration.ofHours(24));
        world.db.transactions().inTransaction(() -> {
            world.db.sessions().byId(session.id()).orElseThrow().reschedule(oslo("2027-01-21T15:00"), oslo("2027-01-21T16:00"), null);
            return null;
        });
        world.now = old.plannedAt();
        assertEquals(0, reminders.fire(old));

        MentoringSession moved = world.db.transactions().inTransaction(() -> world.db.sessions().byId(session.id()).orElseThrow());
        Planned renewed = plan(reminders, moved, ReminderKind.BEFORE_SESSION, Duration.ofHours(24));
        world.db.transactions().inTransaction(() -> {
            world.db.sessions().byId(session.id()).orElseThrow().cancel();
            return null;
        });
        world.now = renewed.plannedAt();
        assertEquals(0, reminders.fire(renewed));
        assertEquals(0, world.outbox().size());
        assertEquals(List.of(), reminders.planFor(world.db.transactions().inTransaction(() -> world.db.sessions().byId(session.id()).orElseThrow())));
    }

    @Test
    void theOneFollowUpGoesToEveryoneWhileSomeoneHasNotReflectedAndToNobodyOnceAllHave() throws Exception {
        world = new ReminderWorld(dir, 2);
        SendSessionReminders reminders = world.reminders(ReminderPolicy.DEFAULT);
        MentoringSession session = world.session(oslo("2027-01-14T15:00"), Duration.ofHours(1), null);
        world.db.transactions().inTransaction(() -> world.db.reflections().add(new Reflection(world.roundId, world.group.id(), "U0M001",
                Reflection.Kind.SESSION, session.id(), 4, 4, "private", oslo("2027-01-14T17:00"))));
        Planned followUp = reminders.planFor(session).stream().filter(p -> p.kind() == ReminderKind.REFLECT_FOLLOW_UP).findFirst().orElseThrow();
        world.now = followUp.plannedAt();
        assertEquals(2, reminders.fire(followUp), "to both, so the one who has not answered is not singled out");
        assertTrue(world.outbox().stream().noneMatch(r -> r.message().contains("private")));

        MentoringSession second = world.session(oslo("2027-01-21T15:00"), Duration.ofHours(1), null);
        world.db.transactions().inTransaction(() -> {
            for (String member : world.members) {
                world.db.reflections().add(new Reflection(world.roundId, world.group.id(), member, Reflection.Kind.SESSION, second.id(), 3, 3,
                        null, oslo("2027-01-21T17:00")));
            }
            return null;
        });
        Planned secondFollowUp = reminders.planFor(second).stream().filter(p -> p.kind() == ReminderKind.REFLECT_FOLLOW_UP).findFirst()
                .orElseThrow();
        world.now = secondFollowUp.plannedAt();
        assertEquals(0, reminders.fire(secondFollowUp));
    }
}
