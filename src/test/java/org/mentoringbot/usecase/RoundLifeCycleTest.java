package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

/** ENROLLING → RUNNING (groups formed) → EVALUATING (closed) → CLOSED (closed again, or the next round opened). */
class RoundLifeCycleTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** The store's clock says 2026-08-17. */
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 17);

    private final SchoolProgram school = new SchoolProgram();

    @Test
    void formingGroupsStartsTheRound() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));

        school.form(group(LIV, teachers(1, 3)));

        assertEquals(RoundState.RUNNING, school.currentRound().state());
    }

    @Test
    void closingARunningRoundStartsItsEvaluationAndClosingAgainEndsIt() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));

        var evaluating = assertInstanceOf(CloseRound.Evaluating.class, school.useCases.closeRound().close(OWNER));
        assertEquals(RoundState.EVALUATING, evaluating.round().state());
        assertEquals(1, evaluating.round().number());

        var archived = assertInstanceOf(CloseRound.Archived.class, school.useCases.closeRound().close(OWNER));
        assertEquals(RoundState.CLOSED, archived.round().state());

        assertInstanceOf(CloseRound.NothingToClose.class, school.useCases.closeRound().close(OWNER));
        assertEquals(RoundState.CLOSED, school.currentRound().state());
    }

    @Test
    void aRoundClosedBeforeGroupsWereFormedIsEvaluatedToo() {
        assertInstanceOf(CloseRound.Evaluating.class, school.useCases.closeRound().close(OWNER));

        assertEquals(RoundState.EVALUATING, school.currentRound().state());
    }

    @Test
    void historyIsKept() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));
        school.useCases.closeRound().close(OWNER);
        school.useCases.closeRound().close(OWNER);

        assertEquals(3, school.seats(school.roundOne).size());
        assertEquals(3, school.inRound(school.roundOne, MembershipStatus.ENROLLED).size());
    }

    @Test
    void theNextRoundCannotOpenWhileTheCurrentOneIsEnrolling() {
        String before = school.snapshot();

        var stillOpen = assertInstanceOf(OpenRound.PreviousStillOpen.class, open(null, null, UTC));

        assertEquals(1, stillOpen.round().number());
        assertEquals(before, school.snapshot());
    }

    @Test
    void theNextRoundCannotOpenWhileGroupsAreMeeting() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));
        String before = school.snapshot();

        assertInstanceOf(OpenRound.PreviousStillOpen.class, open(null, null, UTC));
        assertEquals(before, school.snapshot());
    }

    @Test
    void openingTheNextRoundEndsTheEvaluationOfThePreviousOne() {
        school.useCases.closeRound().close(OWNER);

        var opened = assertInstanceOf(OpenRound.Opened.class, open("Våren 2027", LocalDate.of(2027, 6, 20), UTC));

        Round two = opened.round();
        assertEquals(2, two.number());
        assertEquals(RoundState.ENROLLING, two.state());
        assertEquals("Våren 2027", two.name());
        assertEquals(LocalDate.of(2027, 6, 20), two.endsOn());
        assertEquals(InMemoryStore.NOW, two.openedAt());
        assertEquals(RoundState.CLOSED, school.roundOne.state());
        assertEquals(two.id(), school.currentRound().id());
    }

    @Test
    void aRoundWhoseEvaluationIsOverIsFollowedByTheNextToo() {
        school.useCases.closeRound().close(OWNER);
        school.useCases.closeRound().close(OWNER);

        var opened = assertInstanceOf(OpenRound.Opened.class, open(null, null, UTC));

        assertEquals(2, opened.round().number());
        assertNull(opened.round().name());
        assertNull(opened.round().endsOn());
    }

    @Test
    void nobodyIsCarriedOverIntoTheNextRoundEveryoneJoinsAgain() {
        school.addLeaders(LIV);
        school.join(KARI, OLA);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));

        Round two = school.nextRound();

        assertEquals(List.of(), school.inRound(two, MembershipStatus.ENROLLED));
        assertEquals(List.of(), school.inRound(two, MembershipStatus.WAITING));
        assertEquals(List.of(), school.groups(two));
        var status = assertInstanceOf(ShowStatus.Status.class, school.useCases.showStatus().status(KARI));
        assertEquals(2, status.round().number());
        assertEquals(Optional.empty(), status.ownStatus());

        var back = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));
        assertEquals(two.id(), back.round().id());
        assertEquals(1, back.enrolled());
        assertTrue(school.leaderIds().contains(LIV.userId()), "leaders stay leaders across rounds");
    }

    @Test
    void theGroupSizeAndTheLimitAreCarriedOverIntoTheNextRound() {
        school.useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(7, 30, false));

        Round two = school.nextRound();

        assertEquals(7, two.groupSize());
        assertEquals(30, two.capacity());
    }

    @Test
    void noLimitStaysNoLimit() {
        Round two = school.nextRound();

        assertNull(two.capacity());
        assertEquals(Round.DEFAULT_GROUP_SIZE, two.groupSize());
    }

    @Test
    void aPeopleLimitOfTheNextRoundPutsLateComersOnItsWaitingList() {
        school.limitTo(1);
        school.nextRound();

        assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));
        assertInstanceOf(JoinRound.Waitlisted.class, school.useCases.joinRound().join(OLA, null));
    }

    @Test
    void aRoundMayNotEndTodayOrInThePast() {
        school.useCases.closeRound().close(OWNER);
        String before = school.snapshot();

        var today = assertInstanceOf(OpenRound.EndNotInFuture.class, open(null, TODAY, UTC));
        var yesterday = assertInstanceOf(OpenRound.EndNotInFuture.class, open(null, TODAY.minusDays(1), UTC));

        assertEquals(TODAY, today.endsOn());
        assertEquals(TODAY.minusDays(1), yesterday.endsOn());
        assertEquals(before, school.snapshot());
        assertInstanceOf(OpenRound.Opened.class, open(null, TODAY.plusDays(1), UTC));
    }

    static Stream<Arguments> nearMidnight() {
        LocalDate aug18 = LocalDate.of(2026, 8, 18);
        return Stream.of(
                // 22:30 UTC is already 00:30 on the 18th in Oslo (summer time, UTC+2).
                argumentSet("in UTC at 22:30 the 18th is tomorrow", Instant.parse("2026-08-17T22:30:00Z"), UTC, aug18, true),
                argumentSet("in Oslo just after midnight the 18th is today", Instant.parse("2026-08-17T22:30:00Z"), OSLO, aug18, false),
                // 21:59 UTC is 23:59 on the 17th in Oslo.
                argumentSet("in Oslo a minute before midnight the 18th is tomorrow", Instant.parse("2026-08-17T21:59:00Z"), OSLO, aug18,
                        true),
                // 03:00 UTC on the 18th is still the 17th in Los Angeles (UTC-7).
                argumentSet("in UTC the 18th has begun", Instant.parse("2026-08-18T03:00:00Z"), UTC, aug18, false),
                argumentSet("in Los Angeles the 18th is tomorrow", Instant.parse("2026-08-18T03:00:00Z"),
                        ZoneId.of("America/Los_Angeles"), aug18, true));
    }

    @ParameterizedTest
    @MethodSource("nearMidnight")
    void whetherTheEndIsInTheFutureIsJudgedInTheOwnersZone(Instant now, ZoneId ownerZone, LocalDate endsOn, boolean future) {
        school.useCases.closeRound().close(OWNER);
        var openRound = new OpenRound(school.store.programs, school.store.rounds, school.store.leaders, school.store.transactions,
                Clock.fixed(now, ZoneOffset.UTC));

        var result = openRound.open(OWNER, null, endsOn, ownerZone);

        Class<?> expected = future ? OpenRound.Opened.class : OpenRound.EndNotInFuture.class;
        assertInstanceOf(expected, result);
    }

    @Test
    void aRoundNameOfMoreThan120CharactersIsRefused() {
        school.useCases.closeRound().close(OWNER);

        var tooLong = assertInstanceOf(OpenRound.NameTooLong.class, open("x".repeat(121), null, UTC));

        assertEquals(120, tooLong.maxLength());
        assertEquals(1, school.currentRound().number());
    }

    @Test
    void withoutAProgramThereIsNoRoundToOpenOrClose() {
        InMemoryStore empty = new InMemoryStore();
        var useCases = empty.useCases(TestPeople.everyoneExists());

        assertInstanceOf(OpenRound.NoProgram.class, useCases.openRound().open(OWNER, null, null, UTC));
        assertInstanceOf(CloseRound.NoProgram.class, useCases.closeRound().close(OWNER));
    }

    private OpenRound.Result open(String name, LocalDate endsOn, ZoneId zone) {
        return school.useCases.openRound().open(OWNER, name, endsOn, zone);
    }
}
