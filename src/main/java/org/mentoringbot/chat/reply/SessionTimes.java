package org.mentoringbot.chat.reply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Session times as one reader sees them: in their own time zone, in their language's own date and
 * time formats. Sessions are stored as UTC instants; this is the only place they become words.
 */
public final class SessionTimes {
    private static final DateTimeFormatter NEUTRAL_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter NEUTRAL_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time;

    public SessionTimes(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * "Thursday, January 14, 2027, 3:00 PM–4:00 PM", or with both days when it runs past midnight.
     * A time the clocks show twice that night carries its offset: "2:30 AM (UTC+01:00)".
     */
    public String span(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return messages.get("session.when", date.format(from), clock(from), clock(to));
        }
        return messages.get("session.when.overnight", date.format(from), clock(from), date.format(to), clock(to));
    }

    /** "Thursday, January 14, 2027, 3:00 PM". */
    public String moment(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return messages.get("session.at", date.format(local), clock(local));
    }

    private String clock(ZonedDateTime local) {
        return showsTwice(local) ? time.format(local) + " (" + offset(local.toInstant()) + ")" : time.format(local);
    }

    private static boolean showsTwice(ZonedDateTime local) {
        return local.getZone().getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
    }

    /** A day without its weekday: "March 28, 2027". */
    public String day(LocalDate day) {
        return longDate.format(day);
    }

    /** A wall-clock time: "2:30 AM", "02:30". */
    public String clock(LocalTime wallClock) {
        return time.format(wallClock);
    }

    /** The reader's wall-clock time of an instant. */
    public String clock(Instant at) {
        return time.format(at.atZone(zone));
    }

    /** "UTC+02:00": the offset the zone has at that instant. */
    public String offset(Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        return "UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
    }

    /** Minutes as "45 min", "1 h", "1 h 30 min". */
    public String length(Duration length) {
        long minutes = length.toMinutes();
        if (minutes < 60) {
            return messages.get("session.length.minutes", minutes);
        }
        return minutes % 60 == 0 ? messages.get("session.length.hours", minutes / 60)
                : messages.get("session.length.hours.minutes", minutes / 60, minutes % 60);
    }

    /**
     * "2027-01-14 15:00–16:00 (Europe/Oslo)": for a channel whose readers may live in several zones
     * and read several languages, so the zone is said and nothing needs translating.
     */
    public static String neutral(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? neutralClock(to)
                : NEUTRAL_DATE.format(to) + " " + neutralClock(to);
        return NEUTRAL_DATE.format(from) + " " + neutralClock(from) + "–" + until + " (" + zone.getId() + ")";
    }

    /** "15:00", or "02:30+01:00" for a time the clocks show twice that night. */
    private static String neutralClock(ZonedDateTime local) {
        return showsTwice(local) ? NEUTRAL_TIME.format(local) + local.getOffset().getId() : NEUTRAL_TIME.format(local);
    }
}
