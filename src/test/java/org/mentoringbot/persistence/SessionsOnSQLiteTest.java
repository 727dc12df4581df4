package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.AddLeaders;
import org.mentoringbot.usecase.CancelSession;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.GroupChoice;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.RescheduleSession;
import org.mentoringbot.usecase.ScheduleSession;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowSessions;
import org.mentoringbot.usecase.TakeAttendance;

/** The session use cases on the real database: what they change is what the next transaction reads. */
class SessionsOnSQLiteTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-08-17T07:30:00Z"), ZoneOffset.UTC);
    static final Clock DURING = Clock.fixed(Instant.parse("2027-01-14T14:10:00Z"), ZoneOffset.UTC);
    static final Person OWNER = new Person("slack:T1", "U0ASE", "Åse");
    static final Person KARI = new Person("slack:T1", "U0KARI", "Kari");
    static final Person ANNA = new Person("slack:T1", "U0ANNA", "Anna");
    static final Person BO = new Person("slack:T1", "U0BO", "Bo");

    @TempDir
    Path dir;
    Database db;
    long groupId;

    @BeforeEach
    void aRunningRoundWithOneGroup() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("mentoring.db"));
        new SetUpProgram(db.programs(), db.rounds(), db.transactions(), NOW).setUp(OWNER, "Lindeskolen");
        new AddLeaders(db.programs(), db.rounds(), db.leaders(), db.transactions(), NOW).add(new Actor(OWNER, false), List.of(KARI));
        JoinRound join = new JoinRound(db.programs(), db.rounds(), db.memberships(), db.groups(), db.transactions(), NOW);
        join.join(ANNA, null);
        join.join(BO, null);
        var formed = (FormGroups.Formed) new FormGroups(db.programs(), db.rounds(), db.memberships(), db.leaders(), db.groups(),
                null, db.transactions(), NOW).form(new Actor(KARI, false),
                List.of(new FormGroups.Draft(KARI.userId(), List.of(ANNA.userId(), BO.userId()))));
        groupId = formed.groups().get(0).group().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ScheduleSession schedule(Clock clock) {
        return new ScheduleSession(db.programs(), db.rounds(), db.leaders(), db.groups(), db.sessions(), db.topics(),
                db.transactions(), clock);
    }

    private MentoringSession reread(long id) {
        return db.transactions().inTransaction(() -> db.sessions().byId(id).orElseThrow());
    }

    private Topic rereadTopic(long id) {
        return db.transactions().inTransaction(() -> db.topics().byId(id).orElseThrow());
    }

    @Test
    void theAgendaMovesAndComesBackAcrossTransactions() {
        long roundId = db.transactions().inTransaction(() -> db.groups().byId(groupId).orElseThrow().roundId());
        Topic topic = db.transactions().inTransaction(() -> db.topics().add(new Topic(groupId, roundId, ANNA.userId(), false,
                "Vurdering 🌻", Instant.parse("2026-09-01T10:00:00Z"))));

        var scheduled = assertInstanceOf(ScheduleSession.Scheduled.class, schedule(NOW).schedule(new Actor(KARI, false),
                new ScheduleSession.Request(GroupChoice.unsaid(), LocalDate.of(2027, 1, 14), LocalTime.of(15, 0), null, OSLO,
                        Duration.ofMinutes(90), "Rom 204", List.of(topic.id()))));
        long id = scheduled.session().id();

        assertEquals(id, rereadTopic(topic.id()).sessionId());
        var upcoming = (ShowSessions.Upcoming) new ShowSessions(db.programs(), db.rounds(), db.leaders(), db.groups(), db.sessions(),
                db.topics(), db.transactions(), NOW).upcoming(new Actor(ANNA, false));
        assertEquals(List.of("Vurdering 🌻"), upcoming.groups().get(0).sessions().get(0).agenda());

        new RescheduleSession(db.programs(), db.rounds(), db.leaders(), db.groups(), db.sessions(), db.transactions(), NOW)
                .reschedule(new Actor(KARI, false), id,
                        new RescheduleSession.Change(LocalDate.of(2027, 1, 21), LocalTime.of(14, 0), null, OSLO, null, null));
        MentoringSession moved = reread(id);
        assertEquals(Instant.parse("2027-01-21T13:00:00Z"), moved.startsAt());
        assertEquals(Instant.parse("2027-01-21T14:30:00Z"), moved.endsAt());
        assertEquals(1, moved.sequence());

        new CancelSession(db.programs(), db.rounds(), db.leaders(), db.groups(), db.sessions(), db.topics(), db.transactions(), NOW)
                .cancel(new Actor(KARI, false), id);
        MentoringSession cancelled = reread(id);
        assertEquals(MentoringSession.Status.CANCELLED, cancelled.status());
        assertEquals(2, cancelled.sequence());
        assertNull(rereadTopic(topic.id()).sessionId(), "back on the board for the next session");
        assertEquals(List.of(), db.transactions().inTransaction(() -> db.sessions().startingBetween(Instant.EPOCH,
                Instant.parse("2030-01-01T00:00:00Z"))), "reminders skip a cancelled session");
    }

    @Test
    void attendanceMarksAreStoredOncePerPersonAndChangedInPlace() {
        long id = ((ScheduleSession.Scheduled) schedule(NOW).schedule(new Actor(KARI, false), new ScheduleSession.Request(
                GroupChoice.unsaid(), LocalDate.of(2027, 1, 14), LocalTime.of(15, 0), null, OSLO, null, null, List.of())))
                .session().id();
        TakeAttendance attendance = new TakeAttendance(db.programs(), db.rounds(), db.leaders(), db.groups(), db.sessions(),
                db.transactions(), DURING);

        attendance.attendance(new Actor(KARI, false), id, Set.of(BO.userId()), Set.of());
        var roster = (TakeAttendance.Roster) attendance.attendance(new Actor(KARI, false), id, Set.of(ANNA.userId()), Set.of(BO.userId()));

        assertEquals(List.of(false, true), roster.entries().stream().map(TakeAttendance.Entry::present).toList());
        var marks = db.transactions().inTransaction(() -> db.sessions().attendanceOf(id));
        assertEquals(List.of("U0ANNA:false", "U0BO:true"), marks.stream().map(a -> a.userId() + ":" + a.present()).toList());
    }
}
