package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.SchoolWithGroups.ANNA;
import static org.mentoringbot.usecase.SchoolWithGroups.BJORN;
import static org.mentoringbot.usecase.SchoolWithGroups.CECILIE;
import static org.mentoringbot.usecase.SchoolWithGroups.DAG;
import static org.mentoringbot.usecase.SchoolWithGroups.LIV;
import static org.mentoringbot.usecase.SchoolWithGroups.actor;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;

class TakeAttendanceTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Ten minutes into the session. */
    static final Clock DURING = Clock.fixed(Instant.parse("2027-01-14T14:10:00Z"), ZoneOffset.UTC);

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final InMemoryStore store = school.store;
    private final MentoringSession session = ((ScheduleSession.Scheduled) store.scheduleSession(store.clock).schedule(actor(KARI),
            new ScheduleSession.Request(GroupChoice.unsaid(), LocalDate.of(2027, 1, 14), LocalTime.of(15, 0), null, OSLO, null,
                    null, List.of()))).session();

    private TakeAttendance.Result attendance(Person who, Clock clock, Set<String> absent, Set<String> present) {
        return store.takeAttendance(clock).attendance(actor(who), session.id(), absent, present);
    }

    private static Set<String> ids(Person... people) {
        return new LinkedHashSet<>(Arrays.stream(people).map(Person::userId).toList());
    }

    private static List<String> whoCame(TakeAttendance.Roster roster) {
        return roster.entries().stream().filter(TakeAttendance.Entry::present).map(TakeAttendance.Entry::displayName).toList();
    }

    @Test
    void everyoneCameUntilTheLeaderSaysOtherwise() {
        var roster = assertInstanceOf(TakeAttendance.Roster.class, attendance(KARI, DURING, Set.of(), Set.of()));

        assertEquals(List.of("Anna", "Bjørn", "Cecilie"), whoCame(roster));
        assertEquals(3, roster.present());
        assertEquals(0, roster.changed());
        assertEquals(List.of(), store.inTransaction(() -> store.sessions.attendanceOf(session.id())), "showing stores nothing");
    }

    @Test
    void theLeaderMarksSomeoneAbsentAndBackAgain() {
        var absent = (TakeAttendance.Roster) attendance(KARI, DURING, ids(BJORN, CECILIE), Set.of());
        assertEquals(List.of("Anna"), whoCame(absent));
        assertEquals(2, absent.changed());

        var back = (TakeAttendance.Roster) attendance(KARI, DURING, Set.of(), ids(CECILIE));
        assertEquals(List.of("Anna", "Cecilie"), whoCame(back));
        assertEquals(2, store.inTransaction(() -> store.sessions.attendanceOf(session.id())).size(), "one mark per person");
    }

    @Test
    void attendanceWaitsUntilTheSessionHasBegun() {
        var early = assertInstanceOf(SessionProblem.NotStartedYet.class, attendance(KARI, store.clock, ids(ANNA), Set.of()));

        assertEquals(session.startsAt(), early.start());
        assertEquals(List.of(), store.inTransaction(() -> store.sessions.attendanceOf(session.id())));
    }

    @Test
    void peopleFromOutsideTheGroupAreRefusedAndNothingIsMarked() {
        var refused = assertInstanceOf(SessionProblem.NotInGroup.class, attendance(KARI, DURING, ids(ANNA, DAG), Set.of()));

        assertEquals(List.of(DAG.userId()), refused.userIds());
        assertEquals(1, refused.groupNumber());
        assertEquals(List.of(), store.inTransaction(() -> store.sessions.attendanceOf(session.id())));
    }

    @Test
    void someoneBothAbsentAndPresentIsRefused() {
        assertEquals(new SessionProblem.MarkedBoth(List.of(ANNA.userId())), attendance(KARI, DURING, ids(ANNA), ids(ANNA)));
        assertEquals(List.of(), store.inTransaction(() -> store.sessions.attendanceOf(session.id())));
    }

    @Test
    void membersAndOtherLeadersMayNotTakeIt() {
        assertInstanceOf(SessionProblem.NotLeader.class, attendance(ANNA, DURING, Set.of(), Set.of()));
        assertEquals(new SessionProblem.NotTheirGroup(1), attendance(LIV, DURING, ids(ANNA), Set.of()));
        assertEquals(List.of(), store.inTransaction(() -> store.sessions.attendanceOf(session.id())));
    }

    @Test
    void theOwnerMayMarkForTheLeaderButSeesOnlyHowManyCame() {
        attendance(KARI, DURING, ids(BJORN), Set.of());

        var tally = assertInstanceOf(TakeAttendance.Tally.class, attendance(PRINCIPAL, DURING, Set.of(), Set.of()));
        assertEquals(2, tally.present());
        assertEquals(3, tally.total());

        var marked = assertInstanceOf(TakeAttendance.Tally.class, attendance(PRINCIPAL, DURING, ids(ANNA), Set.of()));
        assertEquals(1, marked.present());
        assertEquals(1, marked.changed());
    }

    @Test
    void aCancelledSessionHasNoAttendance() {
        store.cancelSession(store.clock).cancel(actor(KARI), session.id());

        assertInstanceOf(SessionProblem.AlreadyCancelled.class, attendance(KARI, DURING, Set.of(), Set.of()));
    }

    @Test
    void attendanceCanStillBeTakenWhileTheRoundIsEvaluated() {
        store.useCases(TestPeople.everyoneExists()).closeRound().close(actor(PRINCIPAL));

        assertInstanceOf(TakeAttendance.Roster.class, attendance(KARI, DURING, ids(ANNA), Set.of()));
    }
}
