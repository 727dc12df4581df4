package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mentoringbot.usecase.SchoolWithGroups.ANNA;
import static org.mentoringbot.usecase.SchoolWithGroups.LIV;
import static org.mentoringbot.usecase.SchoolWithGroups.actor;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;

class ScheduleSessionTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate THURSDAY = LocalDate.of(2027, 1, 14);

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final InMemoryStore store = school.store;

    private ScheduleSession.Result schedule(Person who, GroupChoice group, LocalDate date, String time, Duration length,
            String place, List<Long> agenda) {
        return store.useCases(TestPeople.everyoneExists()).scheduleSession().schedule(actor(who),
                new ScheduleSession.Request(group, date, LocalTime.parse(time), null, OSLO, length, place, agenda));
    }

    private ScheduleSession.Result schedule(Person who, LocalDate date, String time, Duration length) {
        return schedule(who, GroupChoice.unsaid(), date, time, length, "Rom 204", List.of());
    }

    @Test
    void aLeaderPlansInTheirOwnZoneAndTheSessionIsStoredInUtc() {
        var scheduled = assertInstanceOf(ScheduleSession.Scheduled.class,
                schedule(KARI, THURSDAY, "15:00", Duration.ofMinutes(90)));

        MentoringSession session = store.sessions.all().get(0);
        assertEquals(Instant.parse("2027-01-14T14:00:00Z"), session.startsAt(), "15:00 in Oslo in winter is 14:00 UTC");
        assertEquals(Instant.parse("2027-01-14T15:30:00Z"), session.endsAt());
        assertEquals("Rom 204", session.place());
        assertEquals(school.group1.id(), session.groupId());
        assertEquals(0, session.sequence());
        assertEquals(InMemoryStore.NOW, scheduled.at());
        assertEquals(List.of("U0ANNA", "U0BJORN", "U0CECILIE"), scheduled.members().stream().map(Person::userId).toList());
    }

    @Test
    void summerTimeIsUtcPlusTwo() {
        schedule(KARI, LocalDate.of(2027, 6, 10), "15:00", null);

        assertEquals(Instant.parse("2027-06-10T13:00:00Z"), store.sessions.all().get(0).startsAt());
    }

    @Test
    void withoutALengthASessionLastsAnHour() {
        schedule(KARI, THURSDAY, "15:00", null);

        MentoringSession session = store.sessions.all().get(0);
        assertEquals(Duration.ofHours(1), Duration.between(session.startsAt(), session.endsAt()));
    }

    @Test
    void aBlankPlaceIsNoPlace() {
        schedule(KARI, GroupChoice.unsaid(), THURSDAY, "15:00", null, "   ", List.of());

        assertNull(store.sessions.all().get(0).place());
    }

    @Test
    void aTimeInThePastIsRefused() {
        var past = assertInstanceOf(SessionProblem.InPast.class, schedule(KARI, LocalDate.of(2026, 8, 17), "09:00", null));

        assertEquals(Instant.parse("2026-08-17T07:00:00Z"), past.start());
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void theVeryMinuteNowIsAlreadyPast() {
        // InMemoryStore.NOW is 07:30 UTC, 09:30 in Oslo.
        assertInstanceOf(SessionProblem.InPast.class, schedule(KARI, LocalDate.of(2026, 8, 17), "09:30", null));
        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(KARI, LocalDate.of(2026, 8, 17), "09:31", Duration.ofMinutes(15)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 14, 481, 900})
    void lengthsOutside15MinutesTo8HoursAreRefused(int minutes) {
        var bad = assertInstanceOf(SessionProblem.BadLength.class, schedule(KARI, THURSDAY, "15:00", Duration.ofMinutes(minutes)));

        assertEquals(Duration.ofMinutes(minutes), bad.asked());
        assertEquals(Duration.ofMinutes(15), bad.shortest());
        assertEquals(Duration.ofHours(8), bad.longest());
        assertEquals(List.of(), store.sessions.all());
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 480})
    void theShortestAndLongestLengthsAreAllowed(int minutes) {
        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(KARI, THURSDAY, "09:00", Duration.ofMinutes(minutes)));
    }

    @Test
    void aSessionOverlappingAnotherOfTheGroupIsRefused() {
        schedule(KARI, THURSDAY, "15:00", Duration.ofMinutes(60));

        var overlap = assertInstanceOf(SessionProblem.Overlaps.class, schedule(KARI, THURSDAY, "15:59", Duration.ofMinutes(30)));

        assertEquals(1, overlap.groupNumber());
        assertEquals(true, overlap.sameGroup());
        assertEquals(1, store.sessions.all().size());
    }

    @Test
    void aSessionRightAfterAnotherIsFine() {
        schedule(KARI, THURSDAY, "15:00", Duration.ofMinutes(60));

        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(KARI, THURSDAY, "16:00", Duration.ofMinutes(60)));
        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(KARI, THURSDAY, "14:00", Duration.ofMinutes(60)));
    }

    @Test
    void aCancelledSessionLeavesItsTimeFree() {
        var first = (ScheduleSession.Scheduled) schedule(KARI, THURSDAY, "15:00", null);
        store.cancelSession(store.clock).cancel(actor(KARI), first.session().id());

        assertInstanceOf(ScheduleSession.Scheduled.class, schedule(KARI, THURSDAY, "15:00", null));
    }

    @Test
    void otherGroupsMayMeetAtTheSameTime() {
        schedule(KARI, THURSDAY, "15:00", null);

        assertInstanceOf(ScheduleSession.Scheduled.class,
                schedule(LIV, GroupChoice.number(2), THURSDAY, "15:00", null, null, List.of()));
    }

    @Test
    void aLeaderCannotMeetTwoOfTheirGroupsAtOnce() {
        schedule(LIV, GroupChoice.number(2), THURSDAY, "15:00", null, null, List.of());

        var busy = assertInstanceOf(SessionProblem.Overlaps.class,
                schedule(LIV, GroupChoice.number(3), THURSDAY, "15:30", null, null, List.of()));

        assertEquals(2, busy.groupNumber());
        assertEquals(false, busy.sameGroup());
    }

    @Test
    void aMemberMayNotPlanSessions() {
        assertInstanceOf(SessionProblem.NotLeader.class, schedule(ANNA, THURSDAY, "15:00", null));
        assertInstanceOf(SessionProblem.NotLeader.class,
                schedule(ANNA, GroupChoice.number(1), THURSDAY, "15:00", null, null, List.of()));
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void aLeaderMayNotPlanForAnotherLeadersGroup() {
        var refused = assertInstanceOf(SessionProblem.NotTheirGroup.class,
                schedule(LIV, GroupChoice.number(1), THURSDAY, "15:00", null, null, List.of()));

        assertEquals(1, refused.groupNumber());
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void theOwnerMayPlanForAnyGroupButMustSayWhichWhenThereAreSeveral() {
        var choose = assertInstanceOf(SessionProblem.ChooseGroup.class, schedule(PRINCIPAL, THURSDAY, "15:00", null));
        assertEquals(List.of(1, 2, 3), choose.groupNumbers());

        var scheduled = assertInstanceOf(ScheduleSession.Scheduled.class,
                schedule(PRINCIPAL, GroupChoice.number(2), THURSDAY, "15:00", null, null, List.of()));
        assertEquals(school.group2.id(), scheduled.group().id());
    }

    @Test
    void aLeaderOfSeveralGroupsMustSayWhich() {
        var choose = assertInstanceOf(SessionProblem.ChooseGroup.class, schedule(LIV, THURSDAY, "15:00", null));

        assertEquals(List.of(2, 3), choose.groupNumbers());
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void aGroupThatDoesNotExistIsSaidSo() {
        var unknown = assertInstanceOf(SessionProblem.NoSuchGroup.class,
                schedule(LIV, GroupChoice.number(9), THURSDAY, "15:00", null, null, List.of()));

        assertEquals(9, unknown.groupNumber());
    }

    @Test
    void aGroupOfAnEarlierRoundIsRefused() {
        var round1 = store.useCases(TestPeople.everyoneExists());
        round1.closeRound().close(actor(PRINCIPAL));
        round1.openRound().open(actor(PRINCIPAL), "Våren", null, OSLO);

        assertInstanceOf(SessionProblem.AnotherRound.class,
                schedule(KARI, GroupChoice.id(school.group1.id()), THURSDAY, "15:00", null, null, List.of()));
        assertEquals(List.of(), store.sessions.all());
    }

    @Test
    void noSessionsArePlannedWhileARoundIsEvaluated() {
        store.useCases(TestPeople.everyoneExists()).closeRound().close(actor(PRINCIPAL));

        assertInstanceOf(SessionProblem.NoRoundUnderWay.class, schedule(KARI, THURSDAY, "15:00", null));
    }

    @Test
    void withoutAProgramThereIsNothingToPlan() {
        InMemoryStore empty = new InMemoryStore();

        assertInstanceOf(SessionProblem.NoProgram.class, empty.scheduleSession(empty.clock).schedule(actor(KARI),
                new ScheduleSession.Request(GroupChoice.unsaid(), THURSDAY, LocalTime.NOON, null, OSLO, null, null, List.of())));
    }

    @Test
    void aPlaceOf300CharactersFitsAndOneMoreDoesNot() {
        // Emoji are two UTF-16 units each; the limit counts what people see.
        String longest = "🙂".repeat(300);
        assertInstanceOf(ScheduleSession.Scheduled.class,
                schedule(KARI, GroupChoice.unsaid(), THURSDAY, "09:00", null, longest, List.of()));

        var tooLong = assertInstanceOf(SessionProblem.PlaceTooLong.class,
                schedule(KARI, GroupChoice.unsaid(), THURSDAY, "15:00", null, "ø".repeat(301), List.of()));
        assertEquals(300, tooLong.maxLength());
        assertEquals(1, store.sessions.all().size());
    }

    @Test
    void openTopicsOfTheGroupGoOnTheAgenda() {
        Topic topic = school.topic(school.group1, ANNA, "Foreldresamtaler som låser seg");

        var scheduled = assertInstanceOf(ScheduleSession.Scheduled.class,
                schedule(KARI, GroupChoice.unsaid(), THURSDAY, "15:00", null, null, List.of(topic.id())));

        assertEquals(List.of(topic), scheduled.agenda());
        assertEquals(scheduled.session().id(), topic.sessionId());
    }

    @Test
    void topicsOfAnotherGroupOrNoLongerOpenAreRefusedAndNothingIsStored() {
        Topic ours = school.topic(school.group1, ANNA, "Vurdering");
        Topic theirs = school.topic(school.group2, SchoolWithGroups.DAG, "Klasseledelse");
        Topic done = school.topic(school.group1, ANNA, "Allerede snakket om");
        store.inTransaction(() -> {
            done.discussed();
            return null;
        });

        var refused = assertInstanceOf(SessionProblem.AgendaNotOpen.class, schedule(KARI, GroupChoice.unsaid(), THURSDAY, "15:00",
                null, null, List.of(ours.id(), theirs.id(), done.id(), 999L)));

        assertEquals(List.of(theirs.id(), done.id(), 999L), refused.topicIds());
        assertEquals(List.of(), store.sessions.all());
        assertNull(ours.sessionId());
    }

    @Test
    void anOwnerFromOutsideTheGroupCannotSetItsAgenda() {
        Topic topic = school.topic(school.group1, ANNA, "Vurdering");

        assertInstanceOf(SessionProblem.AgendaNotOpen.class,
                schedule(PRINCIPAL, GroupChoice.number(1), THURSDAY, "15:00", null, null, List.of(topic.id())));
    }

    @Test
    void theSessionsTableFeedsReminders() {
        schedule(KARI, THURSDAY, "15:00", null);
        schedule(LIV, GroupChoice.number(2), THURSDAY, "18:00", null, null, List.of());
        var cancelled = (ScheduleSession.Scheduled) schedule(LIV, GroupChoice.number(3), THURSDAY, "10:00", null, null, List.of());
        store.cancelSession(store.clock).cancel(actor(LIV), cancelled.session().id());

        var due = store.inTransaction(() -> store.sessions.startingBetween(Instant.parse("2027-01-14T00:00:00Z"),
                Instant.parse("2027-01-14T17:00:00Z")));

        assertEquals(List.of(Instant.parse("2027-01-14T14:00:00Z")), due.stream().map(MentoringSession::startsAt).toList());
    }

    @Test
    void aRoundStillEnrollingHasNoGroupsForTheOwner() {
        InMemoryStore fresh = new InMemoryStore();
        fresh.programWithOpenRound(PRINCIPAL, "Lindeskolen");

        assertInstanceOf(SessionProblem.NoGroupsYet.class, fresh.scheduleSession(fresh.clock).schedule(actor(PRINCIPAL),
                new ScheduleSession.Request(GroupChoice.unsaid(), THURSDAY, LocalTime.NOON, null, OSLO, null, null, List.of())));
        assertEquals(RoundState.ENROLLING, fresh.rounds.all().get(0).state());
    }

    @Test
    void anOffsetFixesTheInstantWhateverTheZone() {
        var request = new ScheduleSession.Request(GroupChoice.unsaid(), THURSDAY, LocalTime.of(15, 0), ZoneOffset.ofHours(-5),
                OSLO, null, null, List.of());

        store.scheduleSession(Clock.fixed(InMemoryStore.NOW, ZoneOffset.UTC)).schedule(actor(KARI), request);

        assertEquals(Instant.parse("2027-01-14T20:00:00Z"), store.sessions.all().get(0).startsAt());
    }
}
