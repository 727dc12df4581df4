package org.mentoringbot.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.session.SessionTime.Resolution;

class SessionTimeTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void winterTimeInOsloIsOneHourAheadOfUtc() {
        assertEquals(
                new Resolution.Exact(Instant.parse("2027-01-14T17:30:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 1, 14), LocalTime.of(18, 30), OSLO));
    }

    @Test
    void summerTimeInOsloIsTwoHoursAheadOfUtc() {
        assertEquals(
                new Resolution.Exact(Instant.parse("2027-06-10T12:15:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 6, 10), LocalTime.of(14, 15), OSLO));
    }

    @Test
    void springForwardGapInOsloIsReportedWithTheTimeTheClocksJumpTo() {
        assertEquals(
                new Resolution.InGap(LocalTime.of(3, 0)),
                SessionTime.resolve(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), OSLO));
    }

    @Test
    void theFirstMinuteAfterTheGapIsExact() {
        assertEquals(
                new Resolution.Exact(Instant.parse("2027-03-28T01:00:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 3, 28), LocalTime.of(3, 0), OSLO));
    }

    @Test
    void fallBackHourInOsloOffersBothInstantsAnHourApart() {
        Resolution resolution =
                SessionTime.resolve(LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), OSLO);

        assertEquals(
                new Resolution.Ambiguous(
                        Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T01:30:00Z")),
                resolution);
        Resolution.Ambiguous ambiguous = (Resolution.Ambiguous) resolution;
        assertEquals(Duration.ofHours(1), Duration.between(ambiguous.earlier(), ambiguous.later()));
    }

    @Test
    void newYorkHasItsOwnTransitionDates() {
        // 2027-03-28 is an ordinary summer day in New York: its clocks moved on 14 March.
        assertEquals(
                new Resolution.Exact(Instant.parse("2027-03-28T06:30:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), NEW_YORK));
        assertEquals(
                new Resolution.InGap(LocalTime.of(3, 0)),
                SessionTime.resolve(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), NEW_YORK));
        assertEquals(
                new Resolution.Ambiguous(
                        Instant.parse("2027-11-07T05:30:00Z"), Instant.parse("2027-11-07T06:30:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 11, 7), LocalTime.of(1, 30), NEW_YORK));
    }

    @Test
    void zoneWithoutDaylightSavingIsAlwaysExact() {
        assertEquals(
                new Resolution.Exact(Instant.parse("2027-03-28T02:30:00Z")),
                SessionTime.resolve(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), ZoneId.of("UTC")));
    }

    @Test
    void ambiguousRejectsInstantsInTheWrongOrder() {
        Instant instant = Instant.parse("2027-10-31T00:30:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Resolution.Ambiguous(instant, instant));
    }
}
