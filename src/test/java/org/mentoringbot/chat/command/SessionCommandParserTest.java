package org.mentoringbot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.chat.command.MentoringCommand.Attendance;
import org.mentoringbot.chat.command.MentoringCommand.CancelSession;
import org.mentoringbot.chat.command.MentoringCommand.Invalid;
import org.mentoringbot.chat.command.MentoringCommand.ListSessions;
import org.mentoringbot.chat.command.MentoringCommand.Reschedule;
import org.mentoringbot.chat.command.MentoringCommand.Schedule;
import org.mentoringbot.chat.command.MentoringCommand.ScheduleForm;
import org.mentoringbot.chat.command.MentoringCommand.Unknown;

class SessionCommandParserTest {
    private static final LocalDate JAN_14 = LocalDate.of(2027, 1, 14);
    private static final LocalTime THREE = LocalTime.of(15, 0);

    private final CommandParser parser = new CommandParser();

    private static Schedule typed(Integer group, LocalDate date, LocalTime time, ZoneOffset offset, Duration length, String place) {
        return new Schedule(null, group, date, time, offset, null, length, place, List.of(), false);
    }

    private static Schedule typed(LocalTime time, Duration length, String place) {
        return typed(null, JAN_14, time, null, length, place);
    }

    private static Invalid invalid(String key, Object... args) {
        return new Invalid(key, List.of(args));
    }

    static Stream<Arguments> scheduleText() {
        return Stream.of(
                argumentSet("the example", "schedule 2027-01-14 15:00 60m Room 204", typed(THREE, Duration.ofMinutes(60), "Room 204")),
                argumentSet("Norwegian date", "schedule 14.1.2027 15:00 60m Room 204", typed(THREE, Duration.ofMinutes(60), "Room 204")),
                argumentSet("Norwegian date with zeros", "schedule 14.01.2027 15.00", typed(THREE, null, null)),
                argumentSet("time with a dot", "schedule 2027-01-14 15.00 Rom 204", typed(THREE, null, "Rom 204")),
                argumentSet("one-digit hour", "schedule 2027-01-14 9:05 45m", typed(LocalTime.of(9, 5), Duration.ofMinutes(45), null)),
                argumentSet("single-digit month and day", "schedule 2027-1-4 15:00",
                        typed(null, LocalDate.of(2027, 1, 4), THREE, null, null, null)),
                argumentSet("90m", "schedule 2027-01-14 15:00 90m", typed(THREE, Duration.ofMinutes(90), null)),
                argumentSet("1h30m", "schedule 2027-01-14 15:00 1h30m", typed(THREE, Duration.ofMinutes(90), null)),
                argumentSet("1h30", "schedule 2027-01-14 15:00 1h30", typed(THREE, Duration.ofMinutes(90), null)),
                argumentSet("1h", "schedule 2027-01-14 15:00 1h Rom 1", typed(THREE, Duration.ofHours(1), "Rom 1")),
                argumentSet("Norwegian 2t", "schedule 2027-01-14 15:00 2t", typed(THREE, Duration.ofHours(2), null)),
                argumentSet("90min in capitals", "schedule 2027-01-14 15:00 90MIN", typed(THREE, Duration.ofMinutes(90), null)),
                argumentSet("0m is read, and refused later", "schedule 2027-01-14 15:00 0m", typed(THREE, Duration.ZERO, null)),
                argumentSet("900m is read, and refused later", "schedule 2027-01-14 15:00 900m", typed(THREE, Duration.ofMinutes(900), null)),
                argumentSet("a bare number is part of the place", "schedule 2027-01-14 15:00 204", typed(THREE, null, "204")),
                argumentSet("without a length", "schedule 2027-01-14 15:00 Room 204", typed(THREE, null, "Room 204")),
                argumentSet("group", "schedule group 2 2027-01-14 15:00 60m Room 204",
                        typed(2, JAN_14, THREE, null, Duration.ofMinutes(60), "Room 204")),
                argumentSet("gruppe", "schedule gruppe 3 2027-01-14 15:00", typed(3, JAN_14, THREE, null, null, null)),
                argumentSet("group #2", "schedule group #2 2027-01-14 15:00", typed(2, JAN_14, THREE, null, null, null)),
                argumentSet("offset for summer time", "schedule 2027-10-31 02:30+02:00 60m",
                        typed(null, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), ZoneOffset.ofHours(2), Duration.ofMinutes(60), null)),
                argumentSet("offset without colon", "schedule 2027-10-31 02:30+0100",
                        typed(null, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), ZoneOffset.ofHours(1), null, null)),
                argumentSet("Z", "schedule 2027-01-14 14:00Z", typed(null, JAN_14, LocalTime.of(14, 0), ZoneOffset.UTC, null, null)),
                argumentSet("midnight", "schedule 2027-01-14 00:00", typed(LocalTime.MIDNIGHT, null, null)),
                argumentSet("a link as Slack sends it", "schedule 2027-01-14 15:00 <https://meet.example/abc-def?x=1&amp;y=2>",
                        typed(THREE, null, "https://meet.example/abc-def?x=1&y=2")),
                argumentSet("a labelled link", "schedule 2027-01-14 15:00 Teams: <https://teams.example/l/1|teams.example/l/1>",
                        typed(THREE, null, "Teams: https://teams.example/l/1")),
                argumentSet("escaped markup is unescaped", "schedule 2027-01-14 15:00 Rom &lt;A&amp;B&gt;", typed(THREE, null, "Rom <A&B>")),
                argumentSet("Slack's @channel stays text", "schedule 2027-01-14 15:00 <!channel> rom 1", typed(THREE, null, "<!channel> rom 1")),
                argumentSet("æøå and emoji in the place", "schedule 2027-01-14 15:00 Møterom Ærøy 🌻👩\u200D🏫",
                        typed(THREE, null, "Møterom Ærøy 🌻👩\u200D🏫")),
                argumentSet("control characters and line breaks fold", "schedule 2027-01-14\t15:00\n60m\u0007 Rom\r\n204 ",
                        typed(THREE, Duration.ofMinutes(60), "Rom 204")),
                argumentSet("a zero-width space inside the word", "sche\u200Bdule 2027-01-14 15:00", typed(THREE, null, null)),
                argumentSet("right-to-left marks", "\u200Fschedule\u200F 2027-01-14 15:00 غرفة 5", typed(THREE, null, "غرفة 5")),
                argumentSet("a very long place is kept whole, for the use case to refuse", "schedule 2027-01-14 15:00 " + "x".repeat(5000),
                        typed(THREE, null, "x".repeat(5000))),
                argumentSet("the form", "schedule", new ScheduleForm(null)),
                argumentSet("the form for a group", "schedule group 2", new ScheduleForm(2)),
                argumentSet("in capitals", "SCHEDULE 2027-01-14 15:00", typed(THREE, null, null)),
                // what cannot be read
                argumentSet("30 February", "schedule 2027-02-30 15:00", invalid("session.date.impossible", "2027-02-30")),
                argumentSet("month 13", "schedule 2027-13-01 15:00", invalid("session.date.impossible", "2027-13-01")),
                argumentSet("31.4.", "schedule 31.4.2027 15:00", invalid("session.date.impossible", "31.4.2027")),
                argumentSet("29 February of a common year", "schedule 29.2.2027 15:00", invalid("session.date.impossible", "29.2.2027")),
                argumentSet("a word for a date", "schedule tomorrow 15:00", invalid("date.invalid", "tomorrow")),
                argumentSet("American date", "schedule 01/14/2027 15:00", invalid("date.invalid", "01/14/2027")),
                argumentSet("no time", "schedule 2027-01-14", invalid("session.time.missing")),
                argumentSet("hour 25", "schedule 2027-01-14 25:00", invalid("session.time.invalid", "25:00")),
                argumentSet("minute 60", "schedule 2027-01-14 15:60", invalid("session.time.invalid", "15:60")),
                argumentSet("24:00", "schedule 2027-01-14 24:00", invalid("session.time.invalid", "24:00")),
                argumentSet("an hour alone", "schedule 2027-01-14 15", invalid("session.time.invalid", "15")),
                argumentSet("3pm", "schedule 2027-01-14 3pm", invalid("session.time.invalid", "3pm")),
                argumentSet("an offset out of range", "schedule 2027-01-14 15:00+25:00", invalid("session.time.invalid", "15:00+25:00")),
                argumentSet("a huge number of minutes", "schedule 2027-01-14 15:00 99999m", invalid("session.length.invalid", "99999m")),
                argumentSet("a length with letters", "schedule 2027-01-14 15:00 1hour", invalid("session.length.invalid", "1hour")),
                argumentSet("a length that never ends", "schedule 2027-01-14 15:00 " + "9".repeat(40) + "m",
                        invalid("session.length.invalid", "9".repeat(40) + "m")),
                argumentSet("group without a number", "schedule group two 2027-01-14 15:00", invalid("session.usage")),
                argumentSet("group with nothing after it", "schedule group", invalid("session.usage")));
    }

    @ParameterizedTest
    @MethodSource("scheduleText")
    void scheduleIsReadAsTyped(String text, MentoringCommand expected) {
        assertEquals(expected, parser.parse(text));
    }

    static Stream<Arguments> otherSessionCommands() {
        return Stream.of(
                argumentSet("sessions", "sessions", new ListSessions()),
                argumentSet("sessions with more", "sessions please", new Unknown("sessions please")),
                argumentSet("reschedule", "reschedule 3 2027-01-21 15:00",
                        new Reschedule(3, LocalDate.of(2027, 1, 21), THREE, null, null, null)),
                argumentSet("reschedule with all", "reschedule #3 21.1.2027 15.00 90m Rom 5",
                        new Reschedule(3, LocalDate.of(2027, 1, 21), THREE, null, Duration.ofMinutes(90), "Rom 5")),
                argumentSet("reschedule without a time", "reschedule 3 2027-01-21", invalid("session.time.missing")),
                argumentSet("reschedule without a date", "reschedule 3", invalid("session.reschedule.usage")),
                argumentSet("reschedule alone", "reschedule", invalid("session.reschedule.usage")),
                argumentSet("reschedule of a word", "reschedule next 2027-01-21 15:00", invalid("session.number.invalid", "next")),
                argumentSet("reschedule to 30 February", "reschedule 3 2027-02-30 15:00", invalid("session.date.impossible", "2027-02-30")),
                argumentSet("cancel", "cancel 12", new CancelSession(12)),
                argumentSet("cancel #12", "cancel #12", new CancelSession(12)),
                argumentSet("cancel alone", "cancel", invalid("session.cancel.usage")),
                argumentSet("cancel two", "cancel 1 2", invalid("session.cancel.usage")),
                argumentSet("cancel a word", "cancel møtet", invalid("session.number.invalid", "møtet")),
                argumentSet("cancel a huge number", "cancel " + "9".repeat(30), invalid("session.number.invalid", "9".repeat(30))),
                argumentSet("attendance", "attendance 4", new Attendance(4, List.of(), List.of())),
                argumentSet("attendance absent", "attendance 4 absent <@U0ANNA|anna> <@U0BJORN>",
                        new Attendance(4, List.of(new PersonRef("U0ANNA", "anna"), new PersonRef("U0BJORN", null)), List.of())),
                argumentSet("attendance present", "attendance 4 present @anna",
                        new Attendance(4, List.of(), List.of(new PersonRef(null, "anna")))),
                argumentSet("attendance both ways", "attendance 4 absent @a present @b",
                        new Attendance(4, List.of(new PersonRef(null, "a")), List.of(new PersonRef(null, "b")))),
                argumentSet("attendance in Norwegian", "attendance 4 borte @ola",
                        new Attendance(4, List.of(new PersonRef(null, "ola")), List.of())),
                argumentSet("a name without @", "attendance 4 absent anna", invalid("session.attendance.usage")),
                argumentSet("absent with nobody", "attendance 4 absent", invalid("session.attendance.usage")),
                argumentSet("a name before the word", "attendance 4 @anna", invalid("session.attendance.usage")),
                argumentSet("attendance alone", "attendance", invalid("session.attendance.usage")),
                argumentSet("attendance of a word", "attendance last", invalid("session.number.invalid", "last")));
    }

    @ParameterizedTest
    @MethodSource("otherSessionCommands")
    void theOtherSessionCommandsAreReadAsTyped(String text, MentoringCommand expected) {
        assertEquals(expected, parser.parse(text));
    }

    @Test
    void aButtonCarriesTheExactInstantAndEverythingElseAsked() {
        var asked = new Schedule(12L, 2, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), null, ZoneId.of("Europe/Oslo"),
                Duration.ofMinutes(90), "Rom 204; 2. etg", List.of(5L, 7L), true);

        String value = CommandParser.sessionAtValue(asked, ZoneOffset.ofHours(1));
        var pressed = assertInstanceOf(Schedule.class, parser.parseAction(CommandParser.SESSION_AT, value));

        assertEquals(new Schedule(12L, null, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), ZoneOffset.ofHours(1), null,
                Duration.ofMinutes(90), "Rom 204; 2. etg", List.of(5L, 7L), false), pressed);
    }

    @Test
    void aRescheduleButtonKeepsWhatWasNotSaid() {
        var asked = new Reschedule(42, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), null, null, null);

        var pressed = parser.parseAction(CommandParser.SESSION_AT, CommandParser.sessionAtValue(asked, ZoneOffset.ofHours(2)));

        assertEquals(new Reschedule(42, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), ZoneOffset.ofHours(2), null, null), pressed);
    }

    @Test
    void whatToTypeInsteadOfTheButtonMeansTheSame() {
        var asked = new Schedule(12L, 2, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), null, null, Duration.ofMinutes(60),
                "Rom 204", List.of(), false);
        String value = CommandParser.sessionAtValue(asked, ZoneOffset.ofHours(2));

        String typed = CommandParser.typedFormOf(CommandParser.SESSION_AT, value);

        assertEquals("schedule group 2 2027-10-31 02:30+02:00 60m Rom 204", typed);
        assertEquals(new Schedule(null, 2, LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), ZoneOffset.ofHours(2), null,
                Duration.ofMinutes(60), "Rom 204", List.of(), false), parser.parse(typed));
    }

    @Test
    void aButtonValueWeDidNotMakeIsNotRun() {
        assertInstanceOf(Unknown.class, parser.parseAction(CommandParser.SESSION_AT, "schedule;at=yesterday"));
        assertInstanceOf(Unknown.class, parser.parseAction(CommandParser.SESSION_AT, "drop table;at=2027-01-14T15:00+01:00"));
        assertInstanceOf(Unknown.class, parser.parseAction(CommandParser.SESSION_AT, null));
    }
}
