package org.mentoringbot.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.reminder.ReminderRules.Drop;
import org.mentoringbot.core.reminder.ReminderRules.DropReason;
import org.mentoringbot.core.reminder.ReminderRules.Recipient;
import org.mentoringbot.core.reminder.ReminderRules.Send;

class ReminderRulesTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    final ReminderRules rules = new ReminderRules(QuietHours.parse("20:00-07:00"));
    final Recipient liv = new Recipient(OSLO, null, false);

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    @Test
    void aReminderInTheDaytimeGoesAtItsMoment() {
        Instant planned = oslo("2027-01-13T15:00");
        assertEquals(new Send(planned, false), rules.decide(planned, oslo("2027-01-14T15:00"), oslo("2027-01-13T14:00"), liv));
    }

    @Test
    void aReminderDueInQuietHoursWaitsForTheMorningIfStillUseful() {
        // 24 h before a 09:00 session is 09:00 the day before: fine. 1 h before an 07:30 session is 06:30: quiet.
        var decision = rules.decide(oslo("2027-01-14T06:30"), oslo("2027-01-14T07:30"), oslo("2027-01-13T12:00"), liv);
        assertEquals(new Send(oslo("2027-01-14T07:00"), false), decision);
    }

    @Test
    void aReminderThatWouldOnlyBeAllowedAfterTheSessionStartsIsDropped() {
        var decision = rules.decide(oslo("2027-01-14T05:00"), oslo("2027-01-14T06:00"), oslo("2027-01-13T12:00"), liv);
        assertEquals(new Drop(DropReason.QUIET_UNTIL_TOO_LATE), decision);
    }

    @Test
    void quietHoursAreThePersonsOwnEveningNotTheServers() {
        Instant planned = oslo("2027-01-13T21:00"); // 15:00 in New York
        Recipient inNewYork = new Recipient(NEW_YORK, null, false);
        assertEquals(new Send(planned, false), rules.decide(planned, oslo("2027-01-14T21:00"), oslo("2027-01-13T12:00"), inNewYork));
        assertEquals(new Send(oslo("2027-01-14T07:00"), false), rules.decide(planned, oslo("2027-01-14T21:00"), oslo("2027-01-13T12:00"), liv));
    }

    @Test
    void afterDowntimeAReminderForASessionNotYetStartedIsSentOnceMarkedLate() {
        Instant planned = oslo("2027-01-14T14:00");
        Instant now = oslo("2027-01-14T14:40");
        assertEquals(new Send(now, true), rules.decide(planned, oslo("2027-01-14T15:00"), now, liv));
    }

    @Test
    void afterDowntimeAReminderForASessionThatHasStartedIsDropped() {
        var decision = rules.decide(oslo("2027-01-14T14:00"), oslo("2027-01-14T15:00"), oslo("2027-01-14T15:01"), liv);
        assertEquals(new Drop(DropReason.NO_LONGER_USEFUL), decision);
    }

    @Test
    void pausedAndMutedPeopleGetNothing() {
        Instant planned = oslo("2027-01-13T15:00");
        Instant end = oslo("2027-01-14T15:00");
        Instant now = oslo("2027-01-13T12:00");
        assertEquals(new Drop(DropReason.PAUSED), rules.decide(planned, end, now, new Recipient(OSLO, LocalDate.parse("2027-01-20"), false)));
        assertEquals(new Drop(DropReason.MUTED), rules.decide(planned, end, now, new Recipient(OSLO, null, true)));
        // The pause ends on the 13th: from that day on, messages come again.
        assertEquals(new Send(planned, false), rules.decide(planned, end, now, new Recipient(OSLO, LocalDate.parse("2027-01-13"), false)));
    }

    @Test
    void quietHoursEndAtSevenLocalTimeOnBothSidesOfTheDstChanges() {
        QuietHours quiet = QuietHours.parse("20:00-07:00");
        // The night clocks go forward (28 March 2027) and back (31 October 2027) in Oslo.
        assertEquals(oslo("2027-03-28T07:00"), quiet.firstAllowed(oslo("2027-03-27T23:00"), OSLO));
        assertEquals(oslo("2027-10-31T07:00"), quiet.firstAllowed(oslo("2027-10-30T23:00"), OSLO));
        assertEquals(LocalTime.of(7, 0), quiet.firstAllowed(oslo("2027-03-28T02:00").plusSeconds(3600), OSLO).atZone(OSLO).toLocalTime());
    }

    @Test
    void quietHoursParseAndCanBeTurnedOff() {
        assertTrue(QuietHours.parse("").isNone());
        assertFalse(QuietHours.parse(" ").contains(LocalTime.of(3, 0)));
        assertTrue(QuietHours.parse("22:00-06:00").contains(LocalTime.of(23, 59)));
        assertTrue(QuietHours.parse("12:00-13:00").contains(LocalTime.of(12, 30)));
        assertFalse(QuietHours.parse("12:00-13:00").contains(LocalTime.of(13, 0)));
        assertThrows(IllegalArgumentException.class, () -> QuietHours.parse("8pm-7am"));
        assertThrows(IllegalArgumentException.class, () -> QuietHours.parse("20:00"));
    }
}
