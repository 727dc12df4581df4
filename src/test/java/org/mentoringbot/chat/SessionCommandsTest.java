package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolWithGroups.ANNA;
import static org.mentoringbot.usecase.SchoolWithGroups.BJORN;
import static org.mentoringbot.usecase.SchoolWithGroups.LIV;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.SchoolWithGroups;
import org.mentoringbot.usecase.TestPeople;
import org.mockito.ArgumentCaptor;

/** The session commands through the dispatcher, as people in Oslo and New York type and read them. */
class SessionCommandsTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Locale NB = Locale.forLanguageTag("nb");

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final ChatSender sender = mock(ChatSender.class);
    private final ChatFiles files = mock(ChatFiles.class);
    private final org.mentoringbot.usecase.People people = TestPeople.everyoneExists();
    private final ChatPorts ports = new ChatPorts(people, sender, mock(GroupSpaces.class), files, Runnable::run);
    private final CommandDispatcher dispatcher = new CommandDispatcher(school.store.useCases(people), ports);
    private final CommandParser parser = new CommandParser();

    SessionCommandsTest() {
        school.inChannel(school.group1, "C0GROUP1");
    }

    private Reply say(Person person, ZoneId zone, Locale locale, String typed) {
        return dispatcher.handle(new Requester(person, locale, zone), parser.parse(typed));
    }

    private Reply say(Person person, String typed) {
        return say(person, OSLO, Locale.ENGLISH, typed);
    }

    private Reply press(Person person, Reply.Action button) {
        return dispatcher.handle(new Requester(person, Locale.ENGLISH, OSLO), parser.parseAction(button.id(), button.value()));
    }

    private static String text(Reply reply, Locale locale) {
        return reply.accept(new PlainText(Messages.in(locale)));
    }

    private List<MentoringSession> stored() {
        return school.store.sessions.all();
    }

    @Test
    void aTypedTimeTheClocksSkipIsAQuestionWhoseButtonBooksTheSuggestedTime() {
        var question = assertInstanceOf(Notice.class, say(KARI, "schedule 2027-03-28 02:30 60m Rom 204"));

        assertEquals("session.time.gap", question.key());
        assertEquals("2:30 AM does not exist on March 28, 2027 in Europe/Oslo: the clocks jump forward to 3:00 AM that night. "
                + "Did you mean 3:30 AM? Press the button, or choose another time. [Plan it at 3:30 AM]", text(question, Locale.ENGLISH));
        String norwegian = text(say(KARI, OSLO, NB, "schedule 2027-03-28 02:30 60m Rom 204"), NB);
        assertTrue(norwegian.startsWith("Klokken 02:30 finnes ikke 28. mars 2027 i Europe/Oslo: klokken hopper fram til 03:00"), norwegian);
        assertEquals(List.of(), stored());
        verifyNoInteractions(files);

        var planned = assertInstanceOf(Notice.class, press(KARI, question.actions().get(0)));

        assertEquals("session.scheduled", planned.key());
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), stored().get(0).startsAt(), "03:30 summer time");
        assertEquals("Rom 204", stored().get(0).place());
    }

    @Test
    void aTypedTimeTheClocksShowTwiceGetsTwoButtonsAndTheEarlierIsSummerTime() {
        var question = assertInstanceOf(Notice.class, say(KARI, "schedule 2027-10-31 02:30 45m Rom 204"));

        assertEquals("session.time.ambiguous", question.key());
        String asked = text(question, Locale.ENGLISH);
        assertTrue(asked.contains("the first (UTC+02:00, summer time) or the second (UTC+01:00, winter time)"), asked);
        assertEquals(2, question.actions().size());
        assertEquals(List.of(), stored());

        press(KARI, question.actions().get(0));

        MentoringSession session = stored().get(0);
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), session.startsAt());
        assertEquals(Duration.ofMinutes(45), Duration.between(session.startsAt(), session.endsAt()));
    }

    @Test
    void theLaterButtonIsWinterTime() {
        var question = (Notice) say(KARI, "schedule 31.10.2027 02.30 Rom 204");

        press(KARI, question.actions().get(1));

        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), stored().get(0).startsAt());
    }

    @Test
    void theButtonsSayWhatToTypeInstead() {
        var question = (Notice) say(KARI, "schedule 2027-10-31 02:30 45m Rom 204");

        var typed = question.actions().stream().map(a -> CommandParser.typedFormOf(a.id(), a.value())).toList();

        assertEquals(List.of("schedule group 1 2027-10-31 02:30+02:00 45m Rom 204", "schedule group 1 2027-10-31 02:30+01:00 45m Rom 204"),
                typed);
        say(KARI, typed.get(1));
        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), stored().get(0).startsAt());
    }

    @Test
    void aMoveToATimeShownTwiceIsAskedAboutToo() {
        say(KARI, "schedule 2027-10-28 15:00 Rom 204");
        long id = stored().get(0).id();

        var question = (Notice) say(KARI, "reschedule " + id + " 2027-10-31 02:30");
        assertEquals("session.time.ambiguous", question.key());
        press(KARI, question.actions().get(1));

        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), stored().get(0).startsAt());
        assertEquals("Rom 204", stored().get(0).place());
    }

    @Test
    void someoneInNewYorkSeesASessionPlannedInOsloInTheirOwnTime() {
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");

        String inNewYork = text(say(ANNA, NEW_YORK, Locale.ENGLISH, "sessions"), Locale.ENGLISH);
        String inOslo = text(say(BJORN, OSLO, NB, "sessions"), NB);

        assertTrue(inNewYork.contains("times in America/New_York"), inNewYork);
        assertTrue(inNewYork.contains("Thursday, January 14, 2027, 9:00 AM–10:00 AM"), inNewYork);
        assertTrue(inOslo.contains("tider i Europe/Oslo"), inOslo);
        assertTrue(inOslo.contains("torsdag 14. januar 2027 kl. 15:00–16:00"), inOslo);
        assertTrue(inOslo.contains("Rom 204"), inOslo);
    }

    @Test
    void theLeadersConfirmationIsInTheirZoneAndLanguage() {
        String planned = text(say(KARI, OSLO, NB, "schedule 2027-01-14 15:00 90m Rom 204"), NB);

        assertTrue(planned.startsWith("Møte " + stored().get(0).id() + " for gruppe 1 er planlagt: torsdag 14. januar 2027 kl. 15:00–16:30."),
                planned);
    }

    @Test
    void theGroupIsToldInItsChannelAndGetsTheCalendarFile() throws Exception {
        Topic topic = school.topic(school.group1, ANNA, "Hemmelig tema om en kollega");
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");
        MentoringSession session = stored().get(0);
        ChatAddress channel = new ChatAddress(SCHOOL, "C0GROUP1");

        verify(sender).send(channel, Notice.of(Reply.Tone.INFO, "notify.session.scheduled", "Kari Nordmann", session.id(), 1,
                "2027-01-14 15:00–16:00 (Europe/Oslo), Rom 204", 0));
        Calendar calendar = sharedCalendar(channel, "mentoring-session-" + session.id() + ".ics");
        VEvent event = event(calendar);
        assertEquals("PUBLISH", calendar.getRequiredProperty(Property.METHOD).getValue());
        assertEquals(session.calendarUid(), event.getRequiredProperty(Property.UID).getValue());
        assertEquals("0", event.getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("20270114T140000Z", event.getRequiredProperty(Property.DTSTART).getValue(), "UTC");
        assertEquals("20270114T150000Z", event.getRequiredProperty(Property.DTEND).getValue());
        assertEquals("Rom 204", event.getRequiredProperty(Property.LOCATION).getValue());
        assertEquals("Group mentoring, group 1", event.getRequiredProperty(Property.SUMMARY).getValue());
        assertFalse(lastSharedText().contains(topic.text()), "topics never go into a calendar");
    }

    @Test
    void aMoveUpdatesTheSameCalendarEventAndACancelTakesItOut() throws Exception {
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");
        MentoringSession session = stored().get(0);
        ChatAddress channel = new ChatAddress(SCHOOL, "C0GROUP1");
        String fileName = "mentoring-session-" + session.id() + ".ics";

        assertEquals("session.rescheduled", ((Notice) say(KARI, "reschedule " + session.id() + " 2027-01-21 14:00")).key());
        VEvent moved = event(sharedCalendar(channel, fileName));
        assertEquals(session.calendarUid(), moved.getRequiredProperty(Property.UID).getValue());
        assertEquals("1", moved.getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("20270121T130000Z", moved.getRequiredProperty(Property.DTSTART).getValue());
        verify(sender).send(channel, Notice.of(Reply.Tone.INFO, "notify.session.rescheduled", "Kari Nordmann", session.id(), 1,
                "2027-01-21 14:00–15:00 (Europe/Oslo), Rom 204"));

        assertEquals("session.cancelled", ((Notice) say(KARI, "cancel " + session.id())).key());
        Calendar cancelled = sharedCalendar(channel, fileName);
        VEvent gone = event(cancelled);
        assertEquals("CANCEL", cancelled.getRequiredProperty(Property.METHOD).getValue());
        assertEquals("CANCELLED", gone.getRequiredProperty(Property.STATUS).getValue());
        assertEquals(session.calendarUid(), gone.getRequiredProperty(Property.UID).getValue());
        assertEquals("2", gone.getRequiredProperty(Property.SEQUENCE).getValue());
        verify(sender).send(channel, Notice.of(Reply.Tone.INFO, "notify.session.cancelled", "Kari Nordmann", session.id(), 1,
                "2027-01-21 14:00–15:00 (Europe/Oslo)"));
    }

    @Test
    void aGroupWithoutAChannelHearsItOneByOneWithoutTheFile() {
        // Group 2's channel could not be made when the groups were formed.
        say(LIV, "schedule group 2 2027-01-14 15:00 Rom 7");

        var notice = Notice.of(Reply.Tone.INFO, "notify.session.scheduled", "Liv Leder", stored().get(0).id(), 2,
                "2027-01-14 15:00–16:00 (Europe/Oslo), Rom 7", 0);
        verify(sender).send(ChatAddress.directTo(SchoolWithGroups.DAG), notice);
        verify(sender).send(ChatAddress.directTo(SchoolWithGroups.EVA), notice);
        verifyNoInteractions(files);
    }

    @Test
    void aLeaderOfTwoGroupsIsAskedWhichWhenTyping() {
        String asked = text(say(LIV, "schedule 2027-01-14 15:00"), Locale.ENGLISH);

        assertEquals("Say which group you mean (2, 3), for example: schedule group 2 2027-01-14 15:00 60m Room 204", asked);
        assertEquals(List.of(), stored());
        assertEquals("session.scheduled", ((Notice) say(LIV, "schedule group 3 2027-01-14 15:00")).key());
        assertEquals(school.group3.id(), stored().get(0).groupId());
    }

    @Test
    void refusalsTellNobodyElse() {
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");
        long id = stored().get(0).id();
        verify(files).share(any(), anyString(), anyString(), any(), anyString());

        assertEquals("role.leader.only", ((Notice) say(ANNA, "schedule 2027-01-15 15:00")).key());
        assertEquals("session.overlap", ((Notice) say(KARI, "schedule 2027-01-14 15:30 Rom 204")).key());
        assertEquals("session.past", ((Notice) say(KARI, "schedule 2026-01-14 15:00")).key());
        assertEquals("session.length.bounds", ((Notice) say(KARI, "schedule 2027-01-20 15:00 900m")).key());
        assertEquals("session.length.bounds", ((Notice) say(KARI, "schedule 2027-01-20 15:00 0m")).key());
        assertEquals("session.date.impossible", ((Notice) say(KARI, "schedule 2027-02-30 15:00")).key());
        assertEquals("session.group.not.theirs", ((Notice) say(LIV, "cancel " + id)).key());
        assertEquals("role.leader.only", ((Notice) say(ANNA, "reschedule " + id + " 2027-01-15 15:00")).key());

        assertEquals(1, stored().size());
        verify(files).share(any(), anyString(), anyString(), any(), anyString());
        verify(sender, never()).send(eq(new ChatAddress(SCHOOL, "C0GROUP1")),
                eq(Notice.of(Reply.Tone.INFO, "notify.session.cancelled", "Liv Leder", id, 1, "2027-01-14 15:00–16:00 (Europe/Oslo)")));
    }

    @Test
    void theFormOffersTheLeadersGroupWithItsOpenTopics() {
        Topic open = school.topic(school.group1, ANNA, "Vurdering");
        school.topic(school.group2, SchoolWithGroups.DAG, "Not group 1's");

        var form = assertInstanceOf(Reply.SessionForm.class, say(KARI, "schedule"));

        assertEquals(List.of(new Reply.SessionFormGroup(school.group1.id(), 1, List.of(new Reply.AgendaTopic(open.id(), "Vurdering")))),
                form.groups());
        assertEquals("Europe/Oslo", form.zone());
        assertEquals(60, form.defaultMinutes());
    }

    @Test
    void aLeaderOfTwoGroupsChoosesInTheForm() {
        var form = assertInstanceOf(Reply.SessionForm.class, say(LIV, "schedule"));
        assertEquals(List.of(2, 3), form.groups().stream().map(Reply.SessionFormGroup::number).toList());

        var one = assertInstanceOf(Reply.SessionForm.class, say(LIV, "schedule group 3"));
        assertEquals(List.of(3), one.groups().stream().map(Reply.SessionFormGroup::number).toList());
    }

    @Test
    void theOwnersFormHasEveryGroupButNoTopics() {
        school.topic(school.group1, ANNA, "Vurdering");

        var form = assertInstanceOf(Reply.SessionForm.class, say(PRINCIPAL, "schedule"));

        assertEquals(3, form.groups().size());
        assertTrue(form.groups().stream().allMatch(g -> g.topics().isEmpty()), "topics are the group's own");
    }

    @Test
    void aMemberGetsNoForm() {
        assertEquals("role.leader.only", ((Notice) say(ANNA, "schedule")).key());
    }

    private MentoringCommand.Schedule fromForm(String date, String time, int minutes, String place, List<Long> topics) {
        return new MentoringCommand.Schedule(school.group1.id(), null, LocalDate.parse(date), LocalTime.parse(time), null, OSLO,
                Duration.ofMinutes(minutes), place, topics, true);
    }

    private Reply submit(Person person, MentoringCommand.Schedule command) {
        return dispatcher.handle(new Requester(person, Locale.ENGLISH, OSLO), command);
    }

    @Test
    void formProblemsGoNextToTheirFields() {
        var past = assertInstanceOf(Reply.FieldProblems.class, submit(KARI, fromForm("2026-01-14", "15:00", 60, null, List.of())));
        assertEquals(Reply.SessionForm.TIME, past.problems().get(0).field());
        assertEquals("session.past", past.problems().get(0).key());

        var gap = assertInstanceOf(Reply.FieldProblems.class, submit(KARI, fromForm("2027-03-28", "02:30", 60, null, List.of())));
        assertEquals(Reply.SessionForm.TIME, gap.problems().get(0).field());
        assertEquals("session.time.gap", gap.problems().get(0).key());

        var place = assertInstanceOf(Reply.FieldProblems.class,
                submit(KARI, fromForm("2027-01-14", "15:00", 60, "x".repeat(301), List.of())));
        assertEquals(Reply.SessionForm.PLACE, place.problems().get(0).field());

        var agenda = assertInstanceOf(Reply.FieldProblems.class, submit(KARI, fromForm("2027-01-14", "15:00", 60, null, List.of(999L))));
        assertEquals(Reply.SessionForm.TOPICS, agenda.problems().get(0).field());

        var length = assertInstanceOf(Reply.FieldProblems.class, submit(KARI, fromForm("2027-01-14", "15:00", 600, null, List.of())));
        assertEquals(Reply.SessionForm.LENGTH, length.problems().get(0).field());
        assertEquals(List.of(), stored());
    }

    @Test
    void aFormTimeShownTwiceBecomesAQuestionWhoseButtonsKeepTheAgenda() {
        Topic topic = school.topic(school.group1, ANNA, "Vurdering");

        var question = assertInstanceOf(Notice.class, submit(KARI, fromForm("2027-10-31", "02:30", 90, "Rom 204", List.of(topic.id()))));
        assertEquals("session.time.ambiguous", question.key());

        press(KARI, question.actions().get(0));

        MentoringSession session = stored().get(0);
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), session.startsAt());
        assertEquals(Duration.ofMinutes(90), Duration.between(session.startsAt(), session.endsAt()));
        assertEquals(session.id(), topic.sessionId());
    }

    @Test
    void aStaleFormOfAnEarlierRoundIsRefused() {
        var useCases = school.store.useCases(TestPeople.everyoneExists());
        useCases.closeRound().close(new org.mentoringbot.core.member.Actor(PRINCIPAL, false));
        useCases.openRound().open(new org.mentoringbot.core.member.Actor(PRINCIPAL, false), null, null, OSLO);

        assertEquals("session.another.round", ((Notice) submit(PRINCIPAL, fromForm("2027-01-14", "15:00", 60, null, List.of()))).key());
    }

    @Test
    void theLeaderSeesWhoCameAndTheOwnerOnlyHowMany() {
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");
        long id = stored().get(0).id();
        var early = (Notice) say(KARI, "attendance " + id);
        assertEquals("attendance.not.started", early.key());

        // Ten minutes into the session.
        var later = new CommandDispatcher(school.store.useCases(people,
                java.time.Clock.fixed(Instant.parse("2027-01-14T14:10:00Z"), java.time.ZoneOffset.UTC)), ports);
        String leader = text(later.handle(new Requester(KARI, Locale.ENGLISH, OSLO),
                parser.parse("attendance " + id + " absent <@U0BJORN|bjorn>")), Locale.ENGLISH);
        String owner = text(later.handle(new Requester(PRINCIPAL, Locale.ENGLISH, OSLO), parser.parse("attendance " + id)),
                Locale.ENGLISH);

        assertTrue(leader.contains("2 of 3 came") && leader.contains("Came: Anna, Cecilie") && leader.contains("Absent: Bjørn"), leader);
        assertTrue(owner.contains("2 of 3 came"), owner);
        for (String name : List.of("Anna", "Bjørn", "Cecilie")) {
            assertFalse(owner.contains(name), "the owner is never shown who came: " + owner);
        }
    }

    @Test
    void theOwnerSeesSessionsButNotTheAgenda() {
        Topic topic = school.topic(school.group1, ANNA, "Hemmelig tema");
        submit(KARI, fromForm("2027-01-14", "15:00", 60, "Rom 204", List.of(topic.id())));

        String member = text(say(ANNA, "sessions"), Locale.ENGLISH);
        String owner = text(say(PRINCIPAL, "sessions"), Locale.ENGLISH);

        assertTrue(member.contains("On the agenda: Hemmelig tema"), member);
        assertTrue(owner.contains("Rom 204"), owner);
        assertFalse(owner.contains("Hemmelig tema"), owner);
    }

    @Test
    void everyReplyFormatsInBothLanguages() {
        say(KARI, "schedule 2027-01-14 15:00 60m Rom 204");
        for (String typed : List.of("sessions", "schedule 2027-03-28 02:30", "schedule 2027-10-31 02:30", "schedule 2027-01-14 15:30",
                "schedule", "attendance 1", "cancel 99", "schedule 2027-02-30 10:00", "reschedule 1 2026-01-01 10:00")) {
            Reply reply = say(KARI, typed);
            for (Locale locale : List.of(Locale.ENGLISH, NB)) {
                String text = text(reply, locale);
                assertFalse(text.contains("{") || text.contains("}"), () -> typed + " in " + locale + ": " + text);
            }
        }
    }

    private Calendar sharedCalendar(ChatAddress channel, String fileName) throws Exception {
        var content = ArgumentCaptor.forClass(byte[].class);
        verify(files, org.mockito.Mockito.atLeastOnce()).share(eq(channel), eq(fileName), anyString(), content.capture(), anyString());
        String ics = new String(content.getValue(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private String lastSharedText() {
        var content = ArgumentCaptor.forClass(byte[].class);
        verify(files, org.mockito.Mockito.atLeastOnce()).share(any(), anyString(), anyString(), content.capture(), anyString());
        return new String(content.getValue(), StandardCharsets.UTF_8);
    }

    private static VEvent event(Calendar calendar) {
        assertEquals(1, calendar.getComponents().size());
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }
}
