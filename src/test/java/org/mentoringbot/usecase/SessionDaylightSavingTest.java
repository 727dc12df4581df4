package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.SchoolWithGroups.actor;
import static org.mentoringbot.usecase.TestPeople.KARI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Europe/Oslo's two transitions in 2027: on 28 March the clocks jump from 02:00 to 03:00, so 02:30
 * never happens; on 31 October they go back from 03:00 to 02:00, so 02:30 happens twice. Neither
 * may be booked silently an hour off.
 */
class SessionDaylightSavingTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);
    static final LocalDate FALL_BACK = LocalDate.of(2027, 10, 31);

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final InMemoryStore store = school.store;

    private ScheduleSession.Result schedule(LocalDate date, String time, ZoneOffset offset) {
        return store.scheduleSession(store.clock).schedule(actor(KARI), new ScheduleSession.Request(GroupChoice.unsaid(), date,
                LocalTime.parse(time), offset, OSLO, null, "Rom 204", List.of()));
    }

    @Test
    void aTimeTheClocksSkipIsAskedAboutAndNothingIsStored() {
        var gap = assertInstanceOf(SessionProblem.TimeInGap.class, schedule(SPRING_FORWARD, "02:30", null));

        assertEquals(LocalTime.of(2, 30), gap.time());
        assertEquals(SPRING_FORWARD, gap.date());
        assertEquals(OSLO, gap.zone());
        assertEquals(LocalTime.of(3, 0), gap.clocksJumpTo());
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), gap.suggested(), "03:30 summer time, what 02:30 would silently become");
        assertEquals(school.group1.id(), gap.group().id());
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void theSuggestedTimeIsBookedOnlyWhenChosenWithItsOffset() {
        schedule(SPRING_FORWARD, "03:30", ZoneOffset.ofHours(2));

        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), store.sessions.all().get(0).startsAt());
    }

    @Test
    void aSessionAcrossTheJumpLastsItsRealHour() {
        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(SPRING_FORWARD, "01:30", null));

        var session = store.sessions.all().get(0);
        assertEquals(Instant.parse("2027-03-28T00:30:00Z"), session.startsAt());
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), session.endsAt(), "ends at 03:30 on the clock, an hour later");
        assertInstanceOf(SessionProblem.Overlaps.class, schedule(SPRING_FORWARD, "03:00", null), "03:00 is within that hour");
        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(SPRING_FORWARD, "03:30", null));
    }

    @Test
    void aTimeTheClocksShowTwiceIsAskedAboutWithBothInstants() {
        var twice = assertInstanceOf(SessionProblem.TimeAmbiguous.class, schedule(FALL_BACK, "02:30", null));

        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), twice.earlier(), "02:30 summer time, UTC+2");
        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), twice.later(), "02:30 winter time, UTC+1");
        assertEquals(LocalTime.of(2, 30), twice.time());
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void choosingSummerTimeBooksTheEarlierInstant() {
        schedule(FALL_BACK, "02:30", ZoneOffset.ofHours(2));

        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), store.sessions.all().get(0).startsAt());
    }

    @Test
    void choosingWinterTimeBooksTheLaterInstant() {
        schedule(FALL_BACK, "02:30", ZoneOffset.ofHours(1));

        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), store.sessions.all().get(0).startsAt());
    }

    @Test
    void bothTwoThirtiesCanBeBookedAsTwoSessions() {
        schedule(FALL_BACK, "02:00", ZoneOffset.ofHours(2));
        var second = schedule(FALL_BACK, "02:00", ZoneOffset.ofHours(1));

        assertInstanceOf(ScheduleSession.Scheduled.class, second, "an hour apart, so they do not overlap");
    }

    @Test
    void aMovedSessionIsAskedAboutTooAndKeepsItsTimeUntilAnswered() {
        var session = ((ScheduleSession.Scheduled) schedule(LocalDate.of(2027, 10, 28), "15:00", null)).session();
        var reschedule = store.rescheduleSession(store.clock);

        var twice = assertInstanceOf(SessionProblem.TimeAmbiguous.class, reschedule.reschedule(actor(KARI), session.id(),
                new RescheduleSession.Change(FALL_BACK, LocalTime.of(2, 30), null, OSLO, null, null)));
        assertEquals(Instant.parse("2027-10-28T13:00:00Z"), session.startsAt());
        assertEquals(0, session.sequence());

        reschedule.reschedule(actor(KARI), session.id(),
                new RescheduleSession.Change(FALL_BACK, LocalTime.of(2, 30), ZoneOffset.ofHours(1), OSLO, null, null));
        assertEquals(twice.later(), session.startsAt());
        assertEquals(1, session.sequence());
    }

    @Test
    void aMoveIntoTheGapIsAskedAbout() {
        var session = ((ScheduleSession.Scheduled) schedule(LocalDate.of(2027, 3, 25), "15:00", null)).session();

        assertInstanceOf(SessionProblem.TimeInGap.class, store.rescheduleSession(store.clock).reschedule(actor(KARI), session.id(),
                new RescheduleSession.Change(SPRING_FORWARD, LocalTime.of(2, 15), null, OSLO, null, null)));
        assertEquals(Instant.parse("2027-03-25T14:00:00Z"), session.startsAt());
    }

    @Test
    void aUserInAnotherZoneHasNoQuestionAtOslosTransition() {
        var scheduled = store.scheduleSession(store.clock).schedule(actor(KARI), new ScheduleSession.Request(GroupChoice.unsaid(),
                FALL_BACK, LocalTime.of(2, 30), null, ZoneId.of("America/New_York"), null, null, List.of()));

        assertInstanceOf(ScheduleSession.Scheduled.class, scheduled);
        assertEquals(Instant.parse("2027-10-31T06:30:00Z"), store.sessions.all().get(0).startsAt(), "New York is still on EDT");
    }
}
