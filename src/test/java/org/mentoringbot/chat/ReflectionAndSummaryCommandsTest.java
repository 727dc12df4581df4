package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.Wording;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.InMemoryStore;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.ReflectingRound;
import org.mentoringbot.usecase.ReflectionOccasion;
import org.mentoringbot.usecase.TestPeople;
import org.slf4j.LoggerFactory;

/** Reflections, the round summary and the end of a round as the chat answers them, with the platform mocked. */
class ReflectionAndSummaryCommandsTest {
    private static final String NOTE = "Kari-sin-hemmelige-merknad-7731";
    private static final String CHANNEL = "C0LAERERROM";
    private static final String CIRCLE = "C0LEADERS";

    private final ReflectingRound r = new ReflectingRound(InMemoryStore.NOW.minus(Duration.ofDays(30)));
    private final People people = TestPeople.everyoneExists();
    private final ChatSender sender = mock(ChatSender.class);
    private final ChatFiles files = mock(ChatFiles.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(r.store.useCases(people),
            new ChatPorts(people, sender, mock(GroupSpaces.class), files, Runnable::run));
    private final CommandParser parser = new CommandParser();
    private final List<Reply> sent = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger ours = (Logger) LoggerFactory.getLogger("org.mentoringbot");
    private Level oursBefore;

    @BeforeEach
    void capture() {
        doAnswer(call -> sent.add(call.getArgument(1))).when(sender).send(any(), any());
        doAnswer(call -> shared.add(call.getArgument(1) + " " + call.getArgument(2) + " " + call.getArgument(4) + " "
                + new String((byte[]) call.getArgument(3), StandardCharsets.ISO_8859_1))).when(files).share(any(), any(), any(), any(), any());
        oursBefore = ours.getLevel();
        ours.setLevel(Level.TRACE);
        logs.start();
        // Everything at the levels configured, and all of our own logging (kept off the console here).
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        ours.addAppender(logs);
        ours.setAdditive(false);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        ours.detachAppender(logs);
        ours.setAdditive(true);
        ours.setLevel(oursBefore);
    }

    private Reply say(Person person, String typed) {
        return dispatcher.handle(new Requester(person, Locale.ENGLISH, null), parser.parse(typed));
    }

    private Reply sayInChannel(Person person, String typed) {
        return dispatcher.handle(new Requester(person, Locale.ENGLISH, null).inChannel(CHANNEL), parser.parse(typed));
    }

    /** Three members in one group with baselines, the round closed, and their end reflections with a note. */
    private List<Person> aRoundReadyToSummarize() {
        List<Person> members = r.join(1, 3);
        r.group(1, ReflectingRound.person("leader"), members);
        for (int i = 0; i < members.size(); i++) {
            say(members.get(i), "reflect baseline " + (2 + i) + " 3");
        }
        r.close();
        members.forEach(p -> say(p, "reflect end 4 5 " + NOTE));
        return members;
    }

    @Test
    void reflectAloneOpensTheFormForTheOccasionDue() {
        Person kari = r.join(1, 1).get(0);

        var form = assertInstanceOf(Reply.ReflectionForm.class, say(kari, "reflect"));

        assertEquals(new Reply.ReflectionForm("baseline", "reflect.occasion.baseline", List.of(1), null, null, null), form);
    }

    @Test
    void aTypedReflectionIsSavedAndShownBackOnlyToItsAuthor() {
        List<Person> members = r.join(1, 2);

        assertEquals(Notice.of(Tone.SUCCESS, "reflect.saved.baseline", 1, 0).withActions(ReflectionCommands.LIST),
                say(members.get(0), "reflect 4 3 " + NOTE));
        var own = assertInstanceOf(Reply.OwnReflections.class, say(members.get(0), "reflections"));
        assertEquals(1, own.reflections().size());
        assertEquals(NOTE, own.reflections().get(0).note());
        assertEquals(List.of(4, 3), List.of(own.reflections().get(0).mastery(), own.reflections().get(0).safety()));
        assertEquals(new MentoringCommand.OpenReflection(ReflectionOccasion.BASELINE),
                parser.parseAction(own.reflections().get(0).edit().id(), own.reflections().get(0).edit().value()));

        assertEquals("reflections.none", ((Notice) say(members.get(1), "reflections")).key());
        assertFalse(sent.toString().contains(NOTE), "nothing about a reflection is sent to anyone");
    }

    @Test
    void badValuesAreRefusedClearlyAndNothingIsStored() {
        Person kari = r.join(1, 1).get(0);

        assertEquals(Notice.of(Tone.PROBLEM, "reflect.scale.range", 1, 5), say(kari, "reflect 0 3"));
        assertEquals(Notice.of(Tone.PROBLEM, "reflect.scale.range", 1, 5), say(kari, "reflect baseline 3 6"));
        assertEquals(new Notice(Tone.PROBLEM, "reflect.usage", List.of(), List.of()), say(kari, "reflect x 3"));
        assertEquals(Notice.of(Tone.PROBLEM, "reflect.note.too.long", 2000), say(kari, "reflect 3 3 " + "a".repeat(2001)));
        assertEquals("reflect.not.in.round", ((Notice) say(ReflectingRound.person("stranger"), "reflect 3 3")).key());
        assertTrue(r.store.reflections.all().isEmpty());
    }

    @Test
    void theJoinWelcomeAndTheSessionButtonOpenTheRightForm() {
        assertEquals(new MentoringCommand.OpenReflection(ReflectionOccasion.BASELINE),
                parser.parseAction(ReflectionCommands.BASELINE.id(), ReflectionCommands.BASELINE.value()));
        assertEquals(new MentoringCommand.OpenReflection(ReflectionOccasion.END_OF_ROUND),
                parser.parseAction(ReflectionCommands.END.id(), ReflectionCommands.END.value()));
        var session = ReflectionCommands.afterSession(42);
        assertEquals(new MentoringCommand.OpenReflection(ReflectionOccasion.session(42)), parser.parseAction(session.id(), session.value()));
        assertEquals("reflect session 42", CommandParser.typedFormOf(session.id(), session.value()));
    }

    @Test
    void theOwnersSummaryIsPostedInTheChannelItWasAskedInWithItsChart() {
        aRoundReadyToSummarize();

        assertEquals(Notice.of(Tone.SUCCESS, "summary.posted", 1), sayInChannel(PRINCIPAL, "summary"));

        ChatAddress channel = new ChatAddress(SCHOOL, CHANNEL);
        verify(sender).send(eq(channel), any(Reply.RoundSummary.class));
        verify(files).share(eq(channel), eq("round-1-summary.png"), anyString(), any(), anyString());
        var summary = (Reply.RoundSummary) sent.get(0);
        assertEquals("summary.audience.owner", summary.audienceKey());
        assertEquals(3, summary.scales().get(0).change().counted());
        assertTrue(shared.get(0).contains("PNG"), "a PNG is shared");
    }

    @Test
    void whenTheBotMayNotPostInTheChannelTheOwnerIsToldAndGetsTheSummaryPrivately() {
        aRoundReadyToSummarize();
        ChatAddress channel = new ChatAddress(SCHOOL, CHANNEL);
        doThrow(new ChatSender.DeliveryFailed("not_in_channel", false, 0)).when(sender).send(eq(channel), any());

        sayInChannel(PRINCIPAL, "summary");

        verify(sender).send(ChatAddress.directTo(PRINCIPAL), Notice.of(Tone.PROBLEM, "summary.not.posted", 1));
        verify(sender).send(eq(ChatAddress.directTo(PRINCIPAL)), any(Reply.RoundSummary.class));
        verify(files, never()).share(any(), any(), any(), any(), any());
    }

    @Test
    void withoutAChannelTheSummaryIsTheAnswer() {
        aRoundReadyToSummarize();

        var summary = assertInstanceOf(Reply.RoundSummary.class, say(PRINCIPAL, "summary"));

        assertEquals("Lindeskolen", summary.programName());
        verify(files).share(eq(ChatAddress.directTo(PRINCIPAL)), anyString(), anyString(), any(), anyString());
    }

    @Test
    void aMemberIsRefusedButMayPreviewWhatTheOwnerSeesOnlyForThemselves() {
        List<Person> members = aRoundReadyToSummarize();

        assertEquals(Notice.of(Tone.PROBLEM, "summary.owner.only", "Åse Rektor"), sayInChannel(members.get(0), "summary"));
        var preview = assertInstanceOf(Reply.RoundSummary.class, sayInChannel(members.get(0), "summary --preview"));

        assertEquals("summary.audience.preview", preview.audienceKey());
        assertTrue(sent.isEmpty() && shared.isEmpty(), "a preview is posted nowhere");
        sayInChannel(PRINCIPAL, "summary");
        var owners = (Reply.RoundSummary) sent.get(0);
        assertEquals(preview.scales(), owners.scales());
        assertEquals(preview.participants(), owners.participants());
    }

    @Test
    void aLeaderGetsTheirOwnGroupsOnlyForThemselves() {
        aRoundReadyToSummarize();

        var summary = assertInstanceOf(Reply.RoundSummary.class, sayInChannel(ReflectingRound.person("leader"), "summary"));

        assertEquals("summary.audience.leader", summary.audienceKey());
        assertEquals(List.of(1), summary.groupNumbers());
        assertTrue(sent.isEmpty());
    }

    @Test
    void closingTheRoundInvitesEveryMemberAlikeAndClosingAgainPostsTheSummaryToTheLeaders() {
        r.store.inTransaction(() -> {
            r.store.programs.inWorkspace(SCHOOL).orElseThrow().gatherLeadersIn(CIRCLE);
            return null;
        });
        List<Person> members = r.join(1, 3);
        r.store.waiting(r.round, ReflectingRound.person("waiting"));
        members.forEach(p -> say(p, "reflect 3 3"));

        assertEquals(Notice.of(Tone.SUCCESS, "round.closed.evaluating", 1), say(PRINCIPAL, "round close"));
        for (Person member : members) {
            verify(sender).send(ChatAddress.directTo(member),
                    Notice.of(Tone.INFO, "notify.reflect.end", 1).withActions(ReflectionCommands.END));
        }
        verify(sender, never()).send(eq(ChatAddress.directTo(ReflectingRound.person("waiting"))), any());

        members.forEach(p -> say(p, "reflect 5 5 " + NOTE));
        assertEquals(Notice.of(Tone.SUCCESS, "round.closed.archived.posted", 1), say(PRINCIPAL, "round close"));
        verify(sender).send(eq(new ChatAddress(SCHOOL, CIRCLE)), any(Reply.RoundSummary.class));
        var result = (Reply.RoundSummary) sent.get(sent.size() - 1);
        assertEquals("summary.audience.result", result.audienceKey());
    }

    @Test
    void theSchedulersHookEndsADueEvaluationAndPostsItsResult() {
        r.store.inTransaction(() -> {
            r.store.programs.inWorkspace(SCHOOL).orElseThrow().gatherLeadersIn(CIRCLE);
            return null;
        });
        r.join(1, 3);
        r.close(); // 30 days before the store's clock: the two-week window has passed

        assertEquals(1, dispatcher.finishDueEvaluations());
        assertEquals(0, dispatcher.finishDueEvaluations());
        verify(sender).send(eq(new ChatAddress(SCHOOL, CIRCLE)), any(Reply.RoundSummary.class));
    }

    /** The no-free-text rule, everywhere a summary goes: replies, previews, channel posts, the leaders' circle, files, logs. */
    @Test
    void aNoteNeverAppearsInAnySummaryPreviewPostFileOrLog() {
        r.store.inTransaction(() -> {
            r.store.programs.inWorkspace(SCHOOL).orElseThrow().gatherLeadersIn(CIRCLE);
            return null;
        });
        List<Person> members = aRoundReadyToSummarize();
        List<Reply> answers = new ArrayList<>();
        answers.add(say(PRINCIPAL, "summary"));
        answers.add(sayInChannel(PRINCIPAL, "summary"));
        answers.add(sayInChannel(members.get(0), "summary --preview"));
        answers.add(sayInChannel(ReflectingRound.person("leader"), "summary"));
        answers.add(say(PRINCIPAL, "round close"));
        assertTrue(sent.stream().anyMatch(reply -> reply instanceof Reply.RoundSummary), "summaries were posted");

        List<Reply> everything = new ArrayList<>(answers);
        everything.addAll(sent);
        for (Reply reply : everything) {
            assertFalse(reply.toString().contains(NOTE), () -> "note in " + reply);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"))) {
                assertFalse(text(reply, Messages.in(locale)).contains(NOTE), () -> "note in the text of " + reply);
            }
        }
        assertFalse(shared.isEmpty());
        shared.forEach(file -> assertFalse(file.contains(NOTE), "note in a shared file"));
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage() + Arrays.toString(event.getArgumentArray())
                    + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            assertFalse(line.contains(NOTE), () -> "note in the log: " + line);
        }
        assertTrue(logs.list.stream().anyMatch(e -> e.getLoggerName().startsWith("org.mentoringbot")),
                "our own logging was captured, so the check above means something");
    }

    private static String text(Reply reply, Messages messages) {
        Wording wording = new Wording(messages);
        if (reply instanceof Reply.RoundSummary summary) {
            return String.join("\n", wording.summary(summary));
        } else if (reply instanceof Notice notice) {
            return messages.get(notice.key(), notice.args());
        }
        return reply.toString();
    }

    @Test
    void theSummaryReadsInEnglishAndNorwegianWithTooFewAnswersWhereTooFewAnswered() {
        List<Person> members = r.join(1, 3);
        r.group(1, ReflectingRound.person("leader"), members);
        say(members.get(0), "reflect 4 4");

        var summary = (Reply.RoundSummary) say(PRINCIPAL, "summary");

        String english = String.join("\n", new Wording(Messages.in(Locale.ENGLISH)).summary(summary));
        assertTrue(english.contains("Sense of mastery from joining to the end of the round: too few answers."), english);
        assertTrue(english.contains("3 participants in 1 group; no sessions held yet."), english);
        String norwegian = String.join("\n", new Wording(Messages.in(Locale.forLanguageTag("nb"))).summary(summary));
        assertTrue(norwegian.contains("Mestringsfølelse fra start til slutten av runden: for få svar."), norwegian);
        assertNull(summary.scales().get(0).change().joining());
    }
}
