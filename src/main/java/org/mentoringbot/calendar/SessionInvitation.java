package org.mentoringbot.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes the calendar file (RFC 5545 {@code .ics}) that puts a mentoring session in members'
 * calendars, moves it, or takes it out again.
 *
 * <p>Calendars match events by UID: send the same UID with a higher sequence to reschedule, and
 * with {@code cancelled} set to remove the event.
 *
 * <p>The file is a {@code METHOD:PUBLISH} (RFC 5546, 3.2.1): it is shared in a group's channel, not
 * mailed to attendees, and we hold no members' e-mail addresses. A {@code REQUEST} must name its
 * attendees and asks each calendar to send a reply to the organizer, which nobody would receive; a
 * published event is simply added, and a later {@code PUBLISH} with the same UID and a higher
 * sequence replaces it. A cancellation is a {@code METHOD:CANCEL} with {@code STATUS:CANCELLED},
 * which iTIP names as the way to take back a published event.
 */
public final class SessionInvitation {

    static final String PRODUCT_ID = "-//mentoring-bot//Session invitation//EN";

    private final Clock clock;

    /** @param clock stamps each file with the time it was written (DTSTAMP) */
    public SessionInvitation(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What one invitation says about a session.
     *
     * @param uid stays the same for the life of the session, e.g. {@code session-42@school.example}
     * @param sequence 0 at first, raised by one on every change the members should see
     * @param location a room or a meeting link; {@code null} when there is none
     * @param organizerEmail the organizer's address; iCalendar needs one, though a published event
     *     asks for no replies
     */
    public record Invitation(
            String uid,
            int sequence,
            String title,
            String description,
            String location,
            Instant start,
            Instant end,
            String organizerName,
            String organizerEmail,
            boolean cancelled) {

        public Invitation {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(organizerName, "organizerName");
            Objects.requireNonNull(organizerEmail, "organizerEmail");
            if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("uid must be visible text: " + uid);
            }
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must not be negative: " + sequence);
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end must be after start");
            }
        }
    }

    /**
     * Returns the whole {@code .ics} text. Send it as UTF-8 ({@code text/calendar; charset=UTF-8}):
     * its lines are folded by UTF-8 octets.
     */
    public String ics(Invitation invitation) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(invitation.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.add(event(invitation));
        // Calendar.toString() escapes every value but does not fold; ical4j's own folding counts
        // UTF-16 chars, which lets lines with æøå or emoji run past 75 octets.
        return ContentLineFolding.fold(calendar.toString());
    }

    private VEvent event(Invitation invitation) {
        VEvent event = new VEvent(false)
                .add(new Uid(invitation.uid()))
                .add(new Sequence(invitation.sequence()))
                .add(new DtStamp(clock.instant()))
                .add(new DtStart<>(invitation.start()))
                .add(new DtEnd<>(invitation.end()))
                .add(new Summary(plainText(invitation.title())))
                .add(new Description(plainText(invitation.description())))
                .add(organizer(invitation));
        if (invitation.location() != null && !plainText(invitation.location()).isEmpty()) {
            event.add(new Location(plainText(invitation.location())));
        }
        if (invitation.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    private static Organizer organizer(Invitation invitation) {
        try {
            // The multi-argument URI constructor quotes what a hostile address would smuggle in.
            URI address = new URI("mailto", invitation.organizerEmail(), null);
            return new Organizer(
                    new ParameterList(List.of(new Cn(plainText(invitation.organizerName())))),
                    address);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable organizer address", e);
        }
    }

    /**
     * Keeps line breaks and tabs but drops other control characters, which iCalendar text may not
     * hold. A carriage return would even pass through ical4j unescaped and end the line early.
     * Outer whitespace goes too: it means nothing here, and parsers such as ical4j's trim it.
     */
    private static String plainText(String text) {
        String newlines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder plain = new StringBuilder(newlines.length());
        newlines.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(plain::appendCodePoint);
        return plain.toString().strip();
    }
}
