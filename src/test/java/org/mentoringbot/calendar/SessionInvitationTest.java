package org.mentoringbot.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.calendar.SessionInvitation.Invitation;

class SessionInvitationTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:15:30Z");
    private static final Instant START = Instant.parse("2027-03-28T13:00:00Z");
    private static final Instant END = Instant.parse("2027-03-28T14:30:00Z");

    private final SessionInvitation invitations =
            new SessionInvitation(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Invitation invitation(String title, String description, String location) {
        return new Invitation("session-42@mentoring-bot", 0, title, description, location,
                START, END, "Kari Nordmann", "kari@school.example", false);
    }

    @Test
    void publishedEventCarriesTheSessionInUtcWithTheGivenUid() throws Exception {
        String ics = invitations.ics(invitation("Veiledning", "Tema: vurdering", "Rom 204"));

        Calendar calendar = parse(ics);
        VEvent event = onlyEvent(calendar);
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals(SessionInvitation.PRODUCT_ID, value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("session-42@mentoring-bot", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("Veiledning", value(event, Property.SUMMARY));
        assertEquals("Tema: vurdering", value(event, Property.DESCRIPTION));
        assertEquals("Rom 204", value(event, Property.LOCATION));
        assertEquals(Optional.empty(), event.getProperty(Property.STATUS));
        assertTrue(ics.contains("\r\nDTSTART:20270328T130000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20270328T143000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTAMP:20270301T081530Z\r\n"), ics);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
    }

    @Test
    void organizerIsNamedAndReachableByMail() throws Exception {
        Property organizer = onlyEvent(parse(invitations.ics(invitation("t", "d", null))))
                .getRequiredProperty(Property.ORGANIZER);

        assertEquals("mailto:kari@school.example", organizer.getValue());
        assertEquals("Kari Nordmann", organizer.getRequiredParameter(Parameter.CN).getValue());
    }

    @Test
    void organizerAddressCannotInjectLines() throws Exception {
        Invitation invitation = new Invitation("session-42@mentoring-bot", 0, "t", "d", null,
                START, END, "Kari", "kari@school.example\r\nATTENDEE:mailto:x@evil.example", false);

        String ics = invitations.ics(invitation);

        assertFalse(ics.contains("\r\nATTENDEE"), ics);
        assertEquals(1, onlyEvent(parse(ics)).getProperties(Property.ORGANIZER).size());
    }

    @Test
    void missingLocationIsLeftOut() throws Exception {
        VEvent event = onlyEvent(parse(invitations.ics(invitation("t", "d", null))));

        assertEquals(Optional.empty(), event.getProperty(Property.LOCATION));
    }

    @Test
    void rescheduleKeepsTheUidAndRaisesTheSequence() throws Exception {
        Invitation moved = new Invitation("session-42@mentoring-bot", 1, "t", "d", null,
                START.plusSeconds(86_400), END.plusSeconds(86_400), "Kari", "kari@school.example",
                false);

        String ics = invitations.ics(moved);
        VEvent event = onlyEvent(parse(ics));

        assertEquals("session-42@mentoring-bot", value(event, Property.UID));
        assertEquals("1", value(event, Property.SEQUENCE));
        assertTrue(ics.contains("\r\nDTSTART:20270329T130000Z\r\n"), ics);
    }

    @Test
    void cancellationIsAMethodCancelWithStatusCancelled() throws Exception {
        Invitation cancelled = new Invitation("session-42@mentoring-bot", 2, "t", "d", "Rom 204",
                START, END, "Kari", "kari@school.example", true);

        Calendar calendar = parse(invitations.ics(cancelled));
        VEvent event = onlyEvent(calendar);

        assertEquals("CANCEL", value(calendar, Property.METHOD));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("session-42@mentoring-bot", value(event, Property.UID));
        assertEquals("2", value(event, Property.SEQUENCE));
    }

    @Test
    void publishedEventIsValidIcalendarAndItip() throws Exception {
        // A PUBLISH names no attendees (RFC 5546, 3.2.1), so it is valid without members' addresses.
        Calendar calendar = parse(invitations.ics(invitation("t", "d", "Rom 204")));

        assertEquals(List.of(), List.copyOf(calendar.validate().getEntries()));
    }

    @Test
    void rescheduleIsValidIcalendarAndItip() throws Exception {
        Invitation moved = new Invitation("session-42@mentoring-bot", 1, "t", "d", null,
                START.plusSeconds(3600), END.plusSeconds(3600), "Kari", "kari@school.example", false);

        Calendar calendar = parse(invitations.ics(moved));

        assertEquals(List.of(), List.copyOf(calendar.validate().getEntries()));
    }

    @Test
    void cancellationIsValidIcalendarAndItip() throws Exception {
        Invitation cancelled = new Invitation("session-42@mentoring-bot", 3, "t", "d", null,
                START, END, "Kari", "kari@school.example", true);

        Calendar calendar = parse(invitations.ics(cancelled));

        assertEquals(List.of(), List.copyOf(calendar.validate().getEntries()));
    }

    static Stream<String> hostileTexts() {
        return Stream.of(
                "Blåbærsyltetøy på Ærøy – ÆØÅ æøå",
                "Emoji 🙂👩🏽‍🏫🇳🇴 and a family 👨‍👩‍👧‍👦",
                "commas, semicolons; colons: and a backslash \\ too",
                "\\n is not a line break, \\; is not a semicolon",
                "line one\nline two\n\nline four",
                "\"quoted\" and 'single' and ^caret^",
                "tab\there",
                "ø".repeat(300),
                "🙂".repeat(120),
                "x".repeat(74) + "🙂" + "æ".repeat(40) + ";,\\" + "y".repeat(500));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextSurvivesTheRoundTrip(String text) throws Exception {
        String ics = invitations.ics(invitationSaying(text));
        VEvent event = onlyEvent(parse(ics));

        assertEquals(text, value(event, Property.SUMMARY));
        assertEquals(text, value(event, Property.DESCRIPTION));
        assertEquals(text, value(event, Property.LOCATION));
        assertLinesFoldedAt75Octets(ics);
    }

    static Stream<String> hostileTextsWithoutBackslash() {
        return hostileTexts().filter(text -> !text.contains("\\"));
    }

    @ParameterizedTest
    @MethodSource("hostileTextsWithoutBackslash")
    void hostileOrganizerNameSurvivesTheRoundTrip(String text) throws Exception {
        VEvent event = onlyEvent(parse(invitations.ics(invitationSaying(text))));

        assertEquals(text, event.getRequiredProperty(Property.ORGANIZER)
                .getRequiredParameter(Parameter.CN).getValue());
    }

    @Test
    void backslashInOrganizerNameIsWrittenAsIs() {
        // Parameter values have no backslash escapes (RFC 5545, 3.2), but ical4j's own parser drops
        // a backslash inside a quoted one, so this is checked on the written line instead.
        String ics = invitations.ics(invitationSaying("Kari \\ Nordmann; rektor"));

        assertTrue(ics.contains("\r\nORGANIZER;CN=\"Kari \\ Nordmann; rektor\":mailto:"), ics);
    }

    static Stream<Arguments> textsThatAreCleanedUp() {
        return Stream.of(
                Arguments.of("windows line\r\nending", "windows line\nending"),
                Arguments.of("old mac\rending", "old mac\nending"),
                Arguments.of("bell\u0007 nul\u0000 esc\u001b del\u007f", "bell nul esc del"),
                Arguments.of("  padded title \n ", "padded title"));
    }

    @ParameterizedTest
    @MethodSource("textsThatAreCleanedUp")
    void controlCharactersAndOuterWhitespaceAreDropped(String text, String cleaned)
            throws Exception {
        String ics = invitations.ics(invitationSaying(text));
        VEvent event = onlyEvent(parse(ics));

        assertEquals(cleaned, value(event, Property.SUMMARY));
        assertEquals(cleaned, value(event, Property.DESCRIPTION));
        assertEquals(cleaned, value(event, Property.LOCATION));
        assertEquals(cleaned, event.getRequiredProperty(Property.ORGANIZER)
                .getRequiredParameter(Parameter.CN).getValue());
        assertLinesFoldedAt75Octets(ics);
    }

    @Test
    void blankLocationIsLeftOut() throws Exception {
        VEvent event = onlyEvent(parse(invitations.ics(invitation("t", "d", " \n "))));

        assertEquals(Optional.empty(), event.getProperty(Property.LOCATION));
    }

    @Test
    void veryLongTitleIsFoldedIntoManyShortLines() throws Exception {
        String title = "Mentoring om klasseledelse, vurdering og foreldresamarbeid 🙂 ".repeat(20).strip();

        String ics = invitations.ics(invitation(title, "d", null));

        assertTrue(ics.lines().count() > 20, ics);
        assertLinesFoldedAt75Octets(ics);
        assertEquals(title, value(onlyEvent(parse(ics)), Property.SUMMARY));
    }

    @Test
    void invitationRejectsAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new Invitation("u", 0, "t", "d", null,
                END, START, "Kari", "kari@school.example", false));
    }

    private static Invitation invitationSaying(String text) {
        return new Invitation("session-42@mentoring-bot", 0, text, text, text,
                START, END, text, "kari@school.example", false);
    }

    private static void assertLinesFoldedAt75Octets(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        String[] lines = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        for (String line : lines) {
            assertFalse(line.isEmpty(), "empty line in\n" + ics);
            assertFalse(line.contains("\r") || line.contains("\n"), "bare line break in\n" + ics);
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
        }
        assertTrue(Arrays.stream(lines).allMatch(line -> line.codePoints().allMatch(cp ->
                cp != 0xFFFD && !Character.isSurrogate((char) cp))), "broken character in\n" + ics);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        assertEquals(1, calendar.getComponents().size());
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(PropertyListAccessor container, String name) {
        return container.getRequiredProperty(name).getValue();
    }
}
