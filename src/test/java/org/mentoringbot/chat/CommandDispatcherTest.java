package org.mentoringbot.chat;

import static org.mockito.Mockito.mock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.usecase.Entities;
import org.mentoringbot.usecase.InMemoryStore;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.TestPeople;

class CommandDispatcherTest {
    private final InMemoryStore store = new InMemoryStore();
    private final People people = TestPeople.everyoneExists();
    private final ChatSender sender = mock(ChatSender.class);
    private final GroupSpaces spaces = mock(GroupSpaces.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(people),
            new ChatPorts(people, sender, spaces, mock(ChatFiles.class), Runnable::run));
    private final CommandParser parser = new CommandParser();

    @Test
    void helpShowsHelp() {
        assertInstanceOf(Reply.Help.class, say(KARI, "help"));
        assertInstanceOf(Reply.Help.class, say(KARI, ""));
    }

    @Test
    void setupCreatesTheProgramAndOpensRoundOne() {
        assertEquals(notice(Tone.SUCCESS, "setup.created", "Lindeskolen", 1), say(PRINCIPAL, "setup Lindeskolen"));
    }

    @Test
    void theOwnerSettingUpAgainIsToldItIsTheirs() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals(notice(Tone.INFO, "setup.already.yours", "Lindeskolen"), say(PRINCIPAL, "setup Lindeskolen 2"));
    }

    @Test
    void aColleagueSettingUpIsToldWhoRunsTheProgram() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals(notice(Tone.INFO, "setup.already.other", "Lindeskolen", "Åse Rektor"), say(KARI, "setup Karis skole"));
    }

    @Test
    void setupWithoutANameAsksForOne() {
        assertEquals(notice(Tone.PROBLEM, "setup.name.missing"), say(PRINCIPAL, "setup"));
    }

    @Test
    void setupWithATooLongNameSaysHowLongItMayBe() {
        assertEquals(notice(Tone.PROBLEM, "setup.name.too.long", 120), say(PRINCIPAL, "setup " + "ø".repeat(121)));
    }

    @Test
    void joiningWelcomesAndOffersToLeave() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals(notice(Tone.SUCCESS, "join.joined", 1, 1L).withActions(MembershipCommands.LEAVE, ReflectionCommands.BASELINE),
                say(KARI, "join"));
        assertEquals(notice(Tone.SUCCESS, "join.joined", 1, 2L).withActions(MembershipCommands.LEAVE, ReflectionCommands.BASELINE),
                say(OLA, "join"));
    }

    @Test
    void joiningAgainSaysYouAreAlreadyIn() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        assertEquals(notice(Tone.INFO, "join.already.in", 1).withActions(MembershipCommands.LEAVE), say(KARI, "join"));
    }

    @Test
    void joiningFromTheWaitingListSaysYouAreStillWaiting() {
        store.waiting(roundOneOf(PRINCIPAL), KARI);

        assertEquals(notice(Tone.INFO, "join.already.waiting", 1).withActions(MembershipCommands.LEAVE), say(KARI, "join"));
    }

    @Test
    void joiningWithoutAProgramSaysThereIsNone() {
        assertEquals(notice(Tone.INFO, "no.program"), say(KARI, "join"));
    }

    @Test
    void joiningAClosedRoundSaysThereIsNoOpenRound() {
        Entities.inState(roundOneOf(PRINCIPAL), RoundState.CLOSED);

        assertEquals(notice(Tone.INFO, "join.no.open.round"), say(KARI, "join"));
    }

    @Test
    void leavingSaysGoodbyeAndOffersToComeBack() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        assertEquals(notice(Tone.SUCCESS, "leave.left", 1).withActions(MembershipCommands.JOIN), say(KARI, "leave"));
    }

    @Test
    void leavingWhenNotInSaysSo() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals(notice(Tone.INFO, "leave.not.in"), say(KARI, "leave"));
        assertEquals(notice(Tone.INFO, "leave.not.in"), say(OLA, "leave"));
    }

    @Test
    void statusForSomeoneWhoHasNotJoinedOffersToJoin() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(OLA, "join");

        assertEquals(new Reply.Status("Lindeskolen", "Åse Rektor", 1, "round.state.enrolling", "status.own.out", 1, 0,
                List.of(MembershipCommands.JOIN)), say(KARI, "status"));
    }

    @Test
    void statusForAMemberOffersToLeave() {
        say(PRINCIPAL, "setup Lindeskolen");
        say(KARI, "join");

        var status = assertInstanceOf(Reply.Status.class, say(KARI, "status"));

        assertEquals("status.own.in", status.ownStatusKey());
        assertEquals(List.of(MembershipCommands.LEAVE), status.actions());
    }

    @Test
    void statusForSomeoneWaitingCountsThemAsWaiting() {
        store.waiting(roundOneOf(PRINCIPAL), KARI);

        var status = assertInstanceOf(Reply.Status.class, say(KARI, "status"));

        assertEquals("status.own.waiting", status.ownStatusKey());
        assertEquals(0, status.enrolled());
        assertEquals(1, status.waiting());
        assertEquals(List.of(MembershipCommands.LEAVE), status.actions());
    }

    @Test
    void statusOfAClosedRoundOffersNoButtons() {
        Entities.inState(roundOneOf(PRINCIPAL), RoundState.CLOSED);

        var status = assertInstanceOf(Reply.Status.class, say(KARI, "status"));

        assertEquals("round.state.closed", status.roundStateKey());
        assertEquals(List.of(), status.actions());
    }

    @Test
    void statusWithoutAProgramSaysThereIsNone() {
        assertEquals(notice(Tone.INFO, "no.program"), say(KARI, "status"));
    }

    @Test
    void unknownTextEchoesTheUsersWords() {
        assertEquals(notice(Tone.PROBLEM, "unknown.command", "Når møtes vi? 👩‍🏫"), say(KARI, "  Når møtes   vi? 👩‍🏫"));
        assertEquals(notice(Tone.PROBLEM, "unknown.command", "join now"), say(KARI, "join now"));
    }

    @Test
    void theButtonsDoWhatTheySay() {
        say(PRINCIPAL, "setup Lindeskolen");

        assertEquals(new MentoringCommand.Join(), parser.parseAction(MembershipCommands.JOIN.id()));
        assertEquals(new MentoringCommand.Leave(), parser.parseAction(MembershipCommands.LEAVE.id()));
        Reply joined = dispatcher.handle(requester(KARI), parser.parseAction(MembershipCommands.JOIN.id()));
        assertEquals("join.joined", ((Notice) joined).key());
        Reply left = dispatcher.handle(requester(KARI), parser.parseAction(MembershipCommands.LEAVE.id()));
        assertEquals("leave.left", ((Notice) left).key());
    }

    @Test
    void joiningIsTheProminentButtonAndLeavingIsNot() {
        // Leaving must be easy but never the button that looks like the thing to press.
        assertTrue(MembershipCommands.JOIN.primary());
        assertFalse(MembershipCommands.LEAVE.primary());
    }

    private Reply say(Person person, String typed) {
        Reply reply = dispatcher.handle(requester(person), parser.parse(typed));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"))) {
            String text = reply.accept(new PlainText(Messages.in(locale)));
            assertFalse(text.contains("{"), () -> "unformatted argument in " + locale + ": " + text);
        }
        return reply;
    }

    private Round roundOneOf(Person owner) {
        return store.programWithOpenRound(owner, "Lindeskolen");
    }

    private static Requester requester(Person person) {
        return new Requester(person, Locale.ENGLISH, null);
    }

    private static Notice notice(Tone tone, String key, Object... args) {
        return Notice.of(tone, key, args);
    }
}
