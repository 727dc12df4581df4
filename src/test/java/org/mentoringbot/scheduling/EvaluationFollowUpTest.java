package org.mentoringbot.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.delivery.ReminderNotices;
import org.mentoringbot.usecase.FollowUpEvaluation;

/** The one follow-up to the end-of-round reflection, halfway through the evaluation window. */
class EvaluationFollowUpTest {
    static final Duration WINDOW = Duration.ofDays(14);
    static final Instant CLOSED = Instant.parse("2027-06-14T10:00:00Z");

    @TempDir
    Path dir;
    ReminderWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    private FollowUpEvaluation followUps() {
        return new FollowUpEvaluation(world.db.programs(), world.db.rounds(), world.db.memberships(), world.db.reflections(),
                world.people(), new ReminderNotices(new NoticeOutbox(world.db.outbox(), world.db.transactions(), world.clock)),
                ReminderPolicy.DEFAULT, WINDOW, world.db.transactions(), world.clock);
    }

    private void closeRound() {
        world.db.transactions().inTransaction(() -> {
            world.db.rounds().byId(world.roundId).orElseThrow().close(CLOSED);
            return null;
        });
    }

    @Test
    void halfwayThroughTheWindowEveryoneGetsOneFollowUpWhileSomeoneHasNotAnswered() throws Exception {
        world = new ReminderWorld(dir, 3);
        closeRound();
        world.db.transactions().inTransaction(() -> world.db.reflections().add(new Reflection(world.roundId, world.group.id(), "U0M001",
                Reflection.Kind.END_OF_ROUND, null, 4, 5, "mine alone", CLOSED.plus(Duration.ofDays(1)))));

        world.now = CLOSED.plus(Duration.ofDays(6));
        assertEquals(0, followUps().followUpDue(), "not before halfway");

        world.now = CLOSED.plus(Duration.ofDays(7)).plus(Duration.ofHours(2));
        assertEquals(3, followUps().followUpDue(), "to all three, the one who answered too: nobody is singled out");
        assertEquals(0, followUps().followUpDue(), "never more than one");
        var rows = world.outbox();
        assertEquals(List.of("U0M001", "U0M002", "U0M003"), rows.stream().map(ReminderWorld.Row::to).sorted().toList());
        assertTrue(rows.stream().allMatch(r -> r.message().contains("reminder.end.followup") && r.message().contains("reflect.open")));
        assertTrue(rows.stream().noneMatch(r -> r.message().contains("mine alone")));
    }

    @Test
    void whenEveryoneHasAnsweredNobodyIsFollowedUp() throws Exception {
        world = new ReminderWorld(dir, 2);
        closeRound();
        world.db.transactions().inTransaction(() -> {
            for (String member : world.members) {
                world.db.reflections().add(new Reflection(world.roundId, world.group.id(), member, Reflection.Kind.END_OF_ROUND, null, 3, 3,
                        null, CLOSED.plus(Duration.ofDays(1))));
            }
            return null;
        });
        world.now = CLOSED.plus(Duration.ofDays(8));
        assertEquals(0, followUps().followUpDue());
        assertEquals(0, world.outbox().size());
    }

    @Test
    void afterTheWindowNothingIsSentAnyMore() throws Exception {
        world = new ReminderWorld(dir, 2);
        closeRound();
        world.now = CLOSED.plus(WINDOW).plus(Duration.ofHours(1));
        assertEquals(0, followUps().followUpDue());
    }
}
