package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.MembershipStatus;

/** A member's break: messages wait until a day in the coming year; resuming ends it at once. */
class PauseMembershipTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** The store's clock says 2026-08-17. */
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 17);

    private final SchoolProgram school = new SchoolProgram();
    private final PauseMembership pause = school.useCases.pauseMembership();

    @Test
    void aBreakUntilAFutureDayIsStored() {
        school.join(KARI, OLA);

        var paused = assertInstanceOf(PauseMembership.Paused.class, pause.pause(KARI, LocalDate.of(2026, 9, 1), UTC));

        assertEquals(LocalDate.of(2026, 9, 1), paused.until());
        assertEquals(LocalDate.of(2026, 9, 1), school.membership(school.roundOne, KARI).pausedUntil());
        assertNull(school.membership(school.roundOne, OLA).pausedUntil());
        assertEquals(MembershipStatus.ENROLLED, school.membership(school.roundOne, KARI).status(), "still in the round");
    }

    @Test
    void tomorrowIsTheEarliestEnd() {
        school.join(KARI);

        assertInstanceOf(PauseMembership.Paused.class, pause.pause(KARI, TODAY.plusDays(1), UTC));
    }

    @Test
    void aBreakEndingTodayOrBeforeIsRefusedAndNothingIsStored() {
        school.join(KARI);

        var today = assertInstanceOf(PauseMembership.NotInFuture.class, pause.pause(KARI, TODAY, UTC));
        var past = assertInstanceOf(PauseMembership.NotInFuture.class, pause.pause(KARI, TODAY.minusYears(1), UTC));

        assertEquals(TODAY, today.until());
        assertEquals(TODAY.minusYears(1), past.until());
        assertNull(school.membership(school.roundOne, KARI).pausedUntil());
    }

    @Test
    void aBreakMayLastAYearToTheDay() {
        school.join(KARI);

        assertInstanceOf(PauseMembership.Paused.class, pause.pause(KARI, TODAY.plusYears(1), UTC));
    }

    @Test
    void aBreakOfMoreThanAYearIsRefusedWithTheLatestDayAllowed() {
        school.join(KARI);

        var tooFar = assertInstanceOf(PauseMembership.TooFar.class, pause.pause(KARI, TODAY.plusYears(1).plusDays(1), UTC));

        assertEquals(LocalDate.of(2027, 8, 17), tooFar.latest());
        assertNull(school.membership(school.roundOne, KARI).pausedUntil());
    }

    @Test
    void resumingEndsTheBreak() {
        school.join(KARI);
        pause.pause(KARI, LocalDate.of(2026, 9, 1), UTC);

        assertInstanceOf(PauseMembership.Resumed.class, pause.pause(KARI, null, UTC));

        assertNull(school.membership(school.roundOne, KARI).pausedUntil());
    }

    @Test
    void aLaterPauseReplacesTheEarlierOne() {
        school.join(KARI);
        pause.pause(KARI, LocalDate.of(2026, 9, 1), UTC);

        pause.pause(KARI, LocalDate.of(2026, 10, 1), UTC);

        assertEquals(LocalDate.of(2026, 10, 1), school.membership(school.roundOne, KARI).pausedUntil());
    }

    @Test
    void someoneWhoHasNotJoinedCannotPauseOrResume() {
        school.join(OLA);
        String before = school.snapshot();

        assertInstanceOf(PauseMembership.NotIn.class, pause.pause(KARI, LocalDate.of(2026, 9, 1), UTC));
        assertInstanceOf(PauseMembership.NotIn.class, pause.pause(KARI, null, UTC));
        assertInstanceOf(PauseMembership.NotIn.class, pause.pause(ELSEWHERE, LocalDate.of(2026, 9, 1), UTC));
        assertEquals(before, school.snapshot());
    }

    @Test
    void todayIsTheMembersOwnToday() {
        school.join(KARI);
        // 22:30 UTC on the 17th is 00:30 on the 18th in Oslo.
        var lateEvening = new PauseMembership(school.store.programs, school.store.rounds, school.store.memberships,
                school.store.transactions, Clock.fixed(Instant.parse("2026-08-17T22:30:00Z"), UTC));
        LocalDate aug18 = LocalDate.of(2026, 8, 18);

        assertInstanceOf(PauseMembership.NotInFuture.class, lateEvening.pause(KARI, aug18, ZoneId.of("Europe/Oslo")));
        assertInstanceOf(PauseMembership.Paused.class, lateEvening.pause(KARI, aug18, UTC));
    }

    @Test
    void resumingWithoutABreakSaysSoAndChangesNothing() {
        school.join(KARI);
        String before = school.snapshot();

        assertInstanceOf(PauseMembership.NotPaused.class, pause.pause(KARI, null, UTC));
        assertEquals(before, school.snapshot());
    }
}
