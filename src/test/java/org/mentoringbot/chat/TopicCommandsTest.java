package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TwoGroups.ANNE;
import static org.mentoringbot.usecase.TwoGroups.LIV;
import static org.mentoringbot.usecase.TwoGroups.NILS;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.Wording;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.TestPeople;
import org.mentoringbot.usecase.TwoGroups;

/** The topic commands through the dispatcher: replies, buttons, and what the group's channel is told. */
class TopicCommandsTest {
    private final TwoGroups school = new TwoGroups();
    private final List<Sent> sent = new ArrayList<>();
    private final ChatSender sender = (address, reply) -> sent.add(new Sent(address, reply));
    private final CommandDispatcher dispatcher = new CommandDispatcher(school.store.useCases(TestPeople.everyoneExists()),
            new ChatPorts(TestPeople.everyoneExists(), sender, mock(GroupSpaces.class), mock(ChatFiles.class), Runnable::run));
    private final CommandParser parser = new CommandParser();

    private record Sent(ChatAddress address, Reply reply) {}

    @BeforeEach
    void groupsHaveChannels() {
        school.store.inTransaction(() -> {
            school.one.placeIn("C0GROUP1");
            school.two.placeIn("C0GROUP2");
            return null;
        });
    }

    @Test
    void proposingThanksTheAuthorAndTellsTheChannelNeitherWhatNorWho() {
        Reply named = say(KARI, "propose Vurdering for læring");
        Reply anonymous = say(OLA, "propose Jeg er redd for å gjøre feil --anonymous");

        assertEquals(Notice.of(Tone.SUCCESS, "topics.proposed", 1, 1, 0)
                .withActions(new Reply.Action("topics.group", "action.topics.show", false, "1", List.of(1))), named);
        assertEquals(List.of(1, 2, 1), ((Notice) anonymous).args());
        assertEquals(List.of(new Sent(new ChatAddress(TestPeople.SCHOOL, "C0GROUP1"), Notice.of(Tone.INFO, "notify.topic.proposed", 1, 1)),
                new Sent(new ChatAddress(TestPeople.SCHOOL, "C0GROUP1"), Notice.of(Tone.INFO, "notify.topic.proposed", 1, 2))), sent);
        for (Sent message : sent) {
            String text = render(message.reply(), Locale.ENGLISH);
            assertFalse(text.contains("Kari") || text.contains("Ola") || text.contains("læring") || text.contains("redd"), text);
        }
    }

    @Test
    void aRefusedProposalTellsNobody() {
        assertEquals(Notice.of(Tone.PROBLEM, "topics.propose.too.long", 5000, 500), say(KARI, "propose " + "x".repeat(5000)));
        assertEquals(Notice.of(Tone.PROBLEM, "topics.propose.empty"), say(KARI, "propose --anonymous"));
        assertEquals(Notice.of(Tone.INFO, "topics.only.the.group"), say(PRINCIPAL, "propose Hei"));

        assertTrue(sent.isEmpty());
        assertTrue(school.store.topics.all().isEmpty());
    }

    @Test
    void aMemberSeesTheBoardWithVoteButtonsAndTheirVotesLeft() {
        school.propose(KARI, "Vurdering", false);
        school.propose(OLA, "Redd for feil", true);

        var board = assertInstanceOf(Reply.TopicBoard.class, say(NILS, "topics"));

        assertEquals(1, board.groupNumber());
        assertEquals(3, board.votesLeft());
        assertNull(board.nextSession());
        assertEquals("Kari Nordmann", board.topics().get(0).authorName());
        assertNull(board.topics().get(1).authorName());
        var vote = board.topics().get(1).vote();
        assertEquals("topic.vote", vote.id());
        assertEquals("action.topic.vote", vote.labelKey());
        assertEquals(new org.mentoringbot.chat.command.MentoringCommand.VoteTopic(school.store.topics.all().get(1).id()),
                parser.parseAction(vote.id(), vote.value()), "the button runs a vote for that topic");
    }

    @Test
    void aVoteAnswersWithTheBoardAsItIsNowAndTheButtonTakesItBack() {
        school.propose(KARI, "Vurdering", false);
        var button = ((Reply.TopicBoard) say(NILS, "topics")).topics().get(0).vote();

        var voted = assertInstanceOf(Reply.TopicBoard.class, press(NILS, button));

        assertEquals(Notice.of(Tone.SUCCESS, "topics.voted", 1), voted.notice());
        assertEquals(1, voted.topics().get(0).votes());
        assertEquals(2, voted.votesLeft());
        assertEquals("action.topic.unvote", voted.topics().get(0).vote().labelKey());

        var takenBack = assertInstanceOf(Reply.TopicBoard.class, press(NILS, voted.topics().get(0).vote()));
        assertEquals(Notice.of(Tone.SUCCESS, "topics.taken.back", 1), takenBack.notice());
        assertEquals(0, takenBack.topics().get(0).votes());
    }

    @Test
    void aForgedVoteOnAnotherGroupsTopicIsRefusedOnTheVotersOwnBoard() {
        var annes = school.propose(ANNE, "Gruppe 2 sitt tema", false);

        var reply = assertInstanceOf(Reply.TopicBoard.class, dispatcher.handle(requester(KARI),
                parser.parseAction("topic.vote", String.valueOf(annes.id()))));

        assertEquals(Notice.of(Tone.PROBLEM, "topics.not.on.your.board"), reply.notice());
        assertTrue(reply.topics().isEmpty(), "Kari's board shows nothing of group 2");
        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    @Test
    void theLeaderSeesTheBoardWithoutVoteButtonsAndWithoutAnonymousAuthors() {
        school.propose(KARI, "Noe jeg sliter med", true);

        var board = assertInstanceOf(Reply.TopicBoard.class, say(LIV, "topics"));

        assertTrue(board.leader());
        assertEquals(-1, board.votesLeft());
        assertNull(board.topics().get(0).vote());
        assertNull(board.topics().get(0).authorName());
        assertFalse(render(board, Locale.ENGLISH).contains("Kari"));
        assertFalse(render(board, Locale.forLanguageTag("nb")).contains("Kari"));
    }

    @Test
    void theLeaderSetsTheAgendaAndTheChannelHearsHowManyTopics() {
        school.propose(KARI, "Første", false);
        school.propose(OLA, "Andre", true);
        school.session(school.one, Duration.ofDays(3));

        var agenda = assertInstanceOf(Reply.Agenda.class, say(LIV, "agenda 2"));

        assertEquals(Notice.of(Tone.SUCCESS, "agenda.set", 1), agenda.notice());
        assertEquals(List.of(new Reply.AgendaEntry(2, "Andre")), agenda.entries());
        assertTrue(agenda.sessionWhen().contains("2026"), agenda.sessionWhen());
        assertEquals(Notice.of(Tone.INFO, "notify.agenda.set", 1, 1), sent.get(sent.size() - 1).reply());
        var asMember = assertInstanceOf(Reply.Agenda.class, say(NILS, "agenda"));
        assertEquals(agenda.entries(), asMember.entries());
        assertFalse(asMember.leader());
    }

    @Test
    void aMemberWhoTriesToSetTheAgendaIsToldWhoDoes() {
        school.propose(KARI, "Første", false);
        school.session(school.one, Duration.ofDays(3));

        assertEquals(Notice.of(Tone.PROBLEM, "agenda.not.leader"), say(KARI, "agenda 1"));

        assertNull(school.store.topics.all().get(0).sessionId());
        assertTrue(sent.stream().noneMatch(s -> ((Notice) s.reply()).key().equals("notify.agenda.set")));
    }

    @Test
    void aLeaderOfTwoGroupsGetsAButtonForEach() {
        school.store.inTransaction(() -> school.store.groups.add(new org.mentoringbot.core.group.MentoringGroup(
                school.round.id(), 3, LIV.userId(), LIV.displayName(), org.mentoringbot.usecase.InMemoryStore.NOW)));

        var choose = assertInstanceOf(Notice.class, say(LIV, "topics"));

        assertEquals("topics.choose.group", choose.key());
        assertEquals(List.of("1", "3"), choose.actions().stream().map(Reply.Action::value).toList());
        assertInstanceOf(Reply.TopicBoard.class, press(LIV, choose.actions().get(1)));
    }

    @Test
    void theAgendaIsShownInTheReadersTimeZone() {
        school.session(school.one, Duration.ofDays(3)); // 2026-08-20T07:30Z

        var oslo = (Reply.Agenda) dispatcher.handle(new Requester(KARI, Locale.ENGLISH, ZoneId.of("Europe/Oslo")), parser.parse("agenda"));
        var tokyo = (Reply.Agenda) dispatcher.handle(new Requester(KARI, Locale.ENGLISH, ZoneId.of("Asia/Tokyo")), parser.parse("agenda"));

        assertTrue(oslo.sessionWhen().contains("9:30"), oslo.sessionWhen());
        assertTrue(tokyo.sessionWhen().contains("4:30"), tokyo.sessionWhen());
    }

    @Test
    void withdrawingIsAnsweredWithTheBoard() {
        school.propose(KARI, "Første", false);

        var board = assertInstanceOf(Reply.TopicBoard.class, say(KARI, "topics withdraw 1"));

        assertEquals(Notice.of(Tone.SUCCESS, "topics.withdrawn", 1), board.notice());
        assertTrue(board.topics().isEmpty());
        assertTrue(sent.isEmpty(), "a withdrawal is quiet");
    }

    private Reply say(Person person, String typed) {
        Reply reply = dispatcher.handle(requester(person), parser.parse(typed));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"))) {
            String text = render(reply, locale);
            assertFalse(text.contains("{"), () -> "unformatted argument in " + locale + ": " + text);
        }
        return reply;
    }

    private Reply press(Person person, Reply.Action button) {
        return dispatcher.handle(requester(person), parser.parseAction(button.id(), button.value()));
    }

    private static Requester requester(Person person) {
        return new Requester(person, Locale.ENGLISH, ZoneId.of("Europe/Oslo"));
    }

    /** Every piece of text a reply carries, through the real message bundles. */
    private static String render(Reply reply, Locale locale) {
        Messages messages = Messages.in(locale);
        Wording wording = new Wording(messages);
        return reply.accept(new PlainText(messages) {
            @Override
            public String notice(Notice notice) {
                return messages.get(notice.key(), notice.args()) + notice.actions().stream()
                        .map(a -> " [" + messages.get(a.labelKey(), a.labelArgs()) + "]").reduce("", String::concat);
            }

            @Override
            public String topicBoard(Reply.TopicBoard board) {
                StringBuilder text = new StringBuilder(board.notice() == null ? "" : notice(board.notice()) + "\n");
                text.append(messages.get("topics.title", board.groupNumber())).append("\n").append(String.join("\n", wording.boardIntro(board)));
                board.topics().forEach(t -> text.append("\n").append(wording.topicLine(t)).append(" ").append(wording.topicDetails(t))
                        .append(t.vote() == null ? "" : " [" + messages.get(t.vote().labelKey(), t.vote().labelArgs()) + "]"));
                return text.toString();
            }

            @Override
            public String agenda(Reply.Agenda agenda) {
                StringBuilder text = new StringBuilder(agenda.notice() == null ? "" : notice(agenda.notice()) + "\n");
                text.append(wording.agendaIntro(agenda));
                agenda.entries().forEach(e -> text.append("\n").append(wording.agendaLine(e)));
                return text.toString();
            }

            @Override
            public String help(Reply.Help help) {
                throw new AssertionError("not a topic reply");
            }

            @Override
            public String status(Reply.Status status) {
                throw new AssertionError("not a topic reply");
            }

            @Override
            public String groupProposal(Reply.GroupProposal proposal) {
                throw new AssertionError("not a topic reply");
            }

            @Override
            public String groupEditor(Reply.GroupEditor editor) {
                throw new AssertionError("not a topic reply");
            }

            @Override
            public String formProblems(Reply.FormProblems problems) {
                throw new AssertionError("not a topic reply");
            }

            @Override
            public String home(Reply.Home home) {
                throw new AssertionError("not a topic reply");
            }
        });
    }
}
