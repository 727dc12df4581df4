package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolWithGroups.ANNA;
import static org.mentoringbot.usecase.SchoolWithGroups.LIV;
import static org.mentoringbot.usecase.SchoolWithGroups.actor;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;

class RescheduleAndCancelSessionTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate THURSDAY = LocalDate.of(2027, 1, 14);

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final InMemoryStore store = school.store;
    private final Topic topic = school.topic(school.group1, ANNA, "Vurdering for læring");
    private final MentoringSession session = ((ScheduleSession.Scheduled) store.scheduleSession(store.clock).schedule(actor(KARI),
            new ScheduleSession.Request(GroupChoice.unsaid(), THURSDAY, LocalTime.of(15, 0), null, OSLO, Duration.ofMinutes(90),
                    "Rom 204", List.of(topic.id())))).session();

    private RescheduleSession.Result move(Person who, long id, LocalDate date, String time, Duration length, String place) {
        return move(who, id, date, time, length, place, store.clock);
    }

    private RescheduleSession.Result move(Person who, long id, LocalDate date, String time, Duration length, String place,
            Clock clock) {
        return store.rescheduleSession(clock).reschedule(actor(who), id,
                new RescheduleSession.Change(date, LocalTime.parse(time), null, OSLO, length, place));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void movingKeepsTheNumberAndUidAndRaisesTheSequence() {
        String uid = session.calendarUid();

        var moved = assertInstanceOf(RescheduleSession.Rescheduled.class, move(KARI, session.id(), THURSDAY.plusDays(7), "14:00",
                null, null));

        assertEquals(Instant.parse("2027-01-14T14:00:00Z"), moved.previousStart());
        assertEquals(Instant.parse("2027-01-21T13:00:00Z"), session.startsAt());
        assertEquals(Instant.parse("2027-01-21T14:30:00Z"), session.endsAt(), "the length is kept when not said");
        assertEquals("Rom 204", session.place(), "the place is kept when not said");
        assertEquals(uid, session.calendarUid());
        assertEquals(1, session.sequence());
        assertEquals(1, store.sessions.all().size());
        assertEquals(session.id(), topic.sessionId(), "the agenda moves with the session");
        assertEquals(3, moved.members().size());
    }

    @Test
    void aNewLengthAndPlaceReplaceTheOldOnes() {
        move(KARI, session.id(), THURSDAY, "16:00", Duration.ofMinutes(45), "https://meet.example/abc");

        assertEquals(Duration.ofMinutes(45), Duration.between(session.startsAt(), session.endsAt()));
        assertEquals("https://meet.example/abc", session.place());
    }

    @Test
    void aSessionMayMoveIntoPartOfItsOwnTime() {
        assertInstanceOf(RescheduleSession.Rescheduled.class, move(KARI, session.id(), THURSDAY, "15:30", null, null));
    }

    @Test
    void aMoveOntoAnotherSessionIsRefusedAndChangesNothing() {
        store.scheduleSession(store.clock).schedule(actor(KARI), new ScheduleSession.Request(GroupChoice.unsaid(), THURSDAY,
                LocalTime.of(18, 0), null, OSLO, null, null, List.of()));

        assertInstanceOf(SessionProblem.Overlaps.class, move(KARI, session.id(), THURSDAY, "17:00", null, null));
        assertEquals(Instant.parse("2027-01-14T14:00:00Z"), session.startsAt());
        assertEquals(0, session.sequence());
    }

    @Test
    void aMoveIntoThePastOrToABadLengthIsRefused() {
        assertInstanceOf(SessionProblem.InPast.class, move(KARI, session.id(), LocalDate.of(2026, 8, 1), "15:00", null, null));
        assertInstanceOf(SessionProblem.BadLength.class, move(KARI, session.id(), THURSDAY, "16:00", Duration.ofMinutes(900), null));
        assertInstanceOf(SessionProblem.PlaceTooLong.class, move(KARI, session.id(), THURSDAY, "16:00", null, "x".repeat(301)));
        assertEquals(0, session.sequence());
        assertEquals("Rom 204", session.place());
    }

    @Test
    void aSessionThatHasBegunCannotBeMovedOrCancelled() {
        Clock during = at("2027-01-14T14:10:00Z");

        var started = assertInstanceOf(SessionProblem.AlreadyStarted.class,
                move(KARI, session.id(), THURSDAY.plusDays(7), "15:00", null, null, during));
        assertEquals(session.startsAt(), started.start());
        assertInstanceOf(SessionProblem.AlreadyStarted.class, store.cancelSession(during).cancel(actor(KARI), session.id()));
        assertFalse(session.isCancelled());
    }

    @Test
    void onlyTheGroupsLeaderOrTheOwnerMayMoveIt() {
        assertInstanceOf(SessionProblem.NotLeader.class, move(ANNA, session.id(), THURSDAY, "16:00", null, null));
        assertEquals(new SessionProblem.NotTheirGroup(1), move(LIV, session.id(), THURSDAY, "16:00", null, null));
        assertInstanceOf(RescheduleSession.Rescheduled.class, move(PRINCIPAL, session.id(), THURSDAY, "16:00", null, null));
    }

    @Test
    void anUnknownSessionOrOneOfAnotherSchoolIsNotFound() {
        assertEquals(new SessionProblem.NoSuchSession(999), move(KARI, 999, THURSDAY, "16:00", null, null));

        InMemoryStore other = school.store;
        other.programWithOpenRound(ELSEWHERE, "Another school");
        assertEquals(new SessionProblem.NoSuchSession(session.id()),
                store.cancelSession(store.clock).cancel(actor(ELSEWHERE), session.id()),
                "an owner elsewhere learns nothing about this school's sessions");
        assertFalse(session.isCancelled());
    }

    @Test
    void cancellingKeepsTheRowRaisesTheSequenceAndPutsTheAgendaBackOnTheBoard() {
        var cancelled = assertInstanceOf(CancelSession.Cancelled.class, store.cancelSession(store.clock).cancel(actor(KARI), session.id()));

        assertTrue(session.isCancelled());
        assertEquals(1, session.sequence());
        assertEquals(1, cancelled.topicsBack());
        assertNull(topic.sessionId());
        assertEquals(Topic.Status.OPEN, topic.status());
        assertEquals(1, store.sessions.all().size());
    }

    @Test
    void cancellingTwiceSaysItIsAlreadyCancelled() {
        store.cancelSession(store.clock).cancel(actor(KARI), session.id());

        assertEquals(new SessionProblem.AlreadyCancelled(session.id()),
                store.cancelSession(store.clock).cancel(actor(KARI), session.id()));
        assertEquals(1, session.sequence());
    }

    @Test
    void aCancelledSessionCannotBeMoved() {
        store.cancelSession(store.clock).cancel(actor(KARI), session.id());

        assertEquals(new SessionProblem.AlreadyCancelled(session.id()), move(KARI, session.id(), THURSDAY, "16:00", null, null));
    }

    @Test
    void aMemberMayNotCancel() {
        assertInstanceOf(SessionProblem.NotLeader.class, store.cancelSession(store.clock).cancel(actor(ANNA), session.id()));
        assertFalse(session.isCancelled());
    }

    @Test
    void anUpcomingSessionCanStillBeCancelledWhileTheRoundIsEvaluated() {
        store.useCases(TestPeople.everyoneExists()).closeRound().close(actor(PRINCIPAL));

        assertInstanceOf(SessionProblem.NoRoundUnderWay.class, move(KARI, session.id(), THURSDAY, "16:00", null, null));
        assertInstanceOf(CancelSession.Cancelled.class, store.cancelSession(store.clock).cancel(actor(KARI), session.id()));
    }
}
