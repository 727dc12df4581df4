package org.mentoringbot.chat.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionTimesTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Locale NB = Locale.forLanguageTag("nb");

    @Test
    void oneInstantReadsAsEachReadersOwnTime() {
        Instant start = Instant.parse("2027-01-14T14:00:00Z");
        Instant end = Instant.parse("2027-01-14T15:30:00Z");

        assertEquals("torsdag 14. januar 2027 kl. 15:00–16:30", new SessionTimes(Messages.in(NB), OSLO).span(start, end));
        assertEquals("Thursday, January 14, 2027, 9:00 AM–10:30 AM",
                new SessionTimes(Messages.in(Locale.ENGLISH), ZoneId.of("America/New_York")).span(start, end));
        assertEquals("Friday, January 15, 2027, 1:00 AM–2:30 AM",
                new SessionTimes(Messages.in(Locale.ENGLISH), ZoneId.of("Australia/Sydney")).span(start, end));
    }

    @Test
    void aSessionPastMidnightNamesBothDays() {
        assertEquals("torsdag 14. januar 2027 kl. 23:30 – fredag 15. januar 2027 kl. 00:30",
                new SessionTimes(Messages.in(NB), OSLO).span(Instant.parse("2027-01-14T22:30:00Z"), Instant.parse("2027-01-14T23:30:00Z")));
    }

    @Test
    void aTimeTheClocksShowTwiceCarriesItsOffset() {
        SessionTimes oslo = new SessionTimes(Messages.in(NB), OSLO);

        assertEquals("søndag 31. oktober 2027 kl. 02:30 (UTC+02:00)", oslo.moment(Instant.parse("2027-10-31T00:30:00Z")));
        assertEquals("søndag 31. oktober 2027 kl. 02:30 (UTC+01:00)", oslo.moment(Instant.parse("2027-10-31T01:30:00Z")));
        assertEquals("2027-10-31 02:30+02:00–02:15+01:00 (Europe/Oslo)",
                SessionTimes.neutral(Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T01:15:00Z"), OSLO));
        assertEquals("2027-10-31 03:30–04:30 (Europe/Oslo)",
                SessionTimes.neutral(Instant.parse("2027-10-31T02:30:00Z"), Instant.parse("2027-10-31T03:30:00Z"), OSLO));
    }

    @Test
    void theChannelsTimeSaysItsZoneAndNeedsNoTranslating() {
        assertEquals("2027-01-14 23:30–2027-01-15 00:30 (Europe/Oslo)",
                SessionTimes.neutral(Instant.parse("2027-01-14T22:30:00Z"), Instant.parse("2027-01-14T23:30:00Z"), OSLO));
    }

    @Test
    void lengthsReadNaturally() {
        SessionTimes english = new SessionTimes(Messages.in(Locale.ENGLISH), OSLO);

        assertEquals("45 min", english.length(Duration.ofMinutes(45)));
        assertEquals("2 h", english.length(Duration.ofHours(2)));
        assertEquals("1 h 30 min", english.length(Duration.ofMinutes(90)));
        assertEquals("1 t 30 min", new SessionTimes(Messages.in(NB), OSLO).length(Duration.ofMinutes(90)));
    }
}
