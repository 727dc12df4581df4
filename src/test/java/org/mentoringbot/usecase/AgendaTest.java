package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TwoGroups.ANNE;
import static org.mentoringbot.usecase.TwoGroups.LIV;
import static org.mentoringbot.usecase.TwoGroups.NILS;
import static org.mentoringbot.usecase.TwoGroups.PER;
import static org.mentoringbot.usecase.TwoGroups.actor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.VoteOnTopic.Choice;

/** The leader picks the next session's agenda from the board; what was not discussed carries over. */
class AgendaTest {
    private final TwoGroups school = new TwoGroups();
    private final SetAgenda setAgenda = school.store.setAgenda();
    private final Topic first = school.propose(KARI, "Første", false);
    private final Topic second = school.propose(OLA, "Andre", true);
    private final Topic third = school.propose(NILS, "Tredje", false);

    @Test
    void theLeaderPutsTopicsOnTheNextSessionsAgenda() {
        school.session(school.one, Duration.ofDays(-7));
        MentoringSession next = school.session(school.one, Duration.ofDays(3));
        school.session(school.one, Duration.ofDays(30));
        MentoringSession cancelled = school.session(school.one, Duration.ofDays(1));
        school.store.inTransaction(() -> {
            cancelled.cancel();
            return null;
        });

        var set = assertInstanceOf(SetAgenda.AgendaSet.class, setAgenda.set(actor(LIV), List.of(3, 1, 3), null));

        assertEquals(next.id(), set.session().id());
        assertEquals(List.of(new AgendaItem(1, "Første"), new AgendaItem(3, "Tredje")), set.items());
        assertEquals(next.id(), first.sessionId());
        assertNull(second.sessionId());
        assertEquals(next.id(), third.sessionId());
        var agenda = assertInstanceOf(ShowAgenda.Agenda.class, school.store.showAgenda().show(actor(KARI), null));
        assertEquals(Optional.of(next.id()), agenda.session().map(MentoringSession::id));
        assertEquals(set.items(), agenda.items());
        assertEquals(List.of(true, false, true), school.board(KARI).topics().stream().map(ShowTopics.BoardTopic::onAgenda).toList());
    }

    @Test
    void withoutAScheduledSessionThereIsNoAgendaToSet() {
        school.session(school.one, Duration.ofDays(-1));

        assertEquals(new SetAgenda.NoSession(1), setAgenda.set(actor(LIV), List.of(1), null));
        assertNull(first.sessionId());
        var agenda = assertInstanceOf(ShowAgenda.Agenda.class, school.store.showAgenda().show(actor(OLA), null));
        assertEquals(Optional.empty(), agenda.session());
    }

    @Test
    void onlyTheGroupsLeaderSetsTheAgenda() {
        school.session(school.one, Duration.ofDays(3));

        assertEquals(new SetAgenda.NotTheLeader(), setAgenda.set(actor(KARI), List.of(1), null));
        assertEquals(new SetAgenda.Refused(new BoardRefusal.OnlyTheGroup()), setAgenda.set(actor(PRINCIPAL), List.of(1), null),
                "the owner may lead, but never sees a group's topics");
        assertEquals(new SetAgenda.Refused(new BoardRefusal.NotYourGroup(1)), setAgenda.set(actor(PER), List.of(1), 1),
                "another group's leader");
        assertEquals(new SetAgenda.Refused(new BoardRefusal.NotYourGroup(1)), setAgenda.set(actor(PRINCIPAL), List.of(1), 1));

        assertTrue(school.store.topics.all().stream().allMatch(t -> t.sessionId() == null));
    }

    @Test
    void aNumberNotOnTheBoardChangesNothing() {
        school.session(school.one, Duration.ofDays(3));

        assertEquals(new SetAgenda.NoSuchNumbers(List.of(9, 0)), setAgenda.set(actor(LIV), List.of(1, 9, 0), null));

        assertNull(first.sessionId());
    }

    @Test
    void aWithdrawnTopicCannotGoOnTheAgenda() {
        school.session(school.one, Duration.ofDays(3));
        school.store.withdrawTopic().withdraw(actor(OLA), 2);

        assertEquals(new SetAgenda.WithdrawnTopics(List.of(2)), setAgenda.set(actor(LIV), List.of(1, 2), null));

        assertNull(first.sessionId());
    }

    @Test
    void settingTheAgendaAgainReplacesItAndClearingEmptiesIt() {
        MentoringSession next = school.session(school.one, Duration.ofDays(3));
        setAgenda.set(actor(LIV), List.of(1, 2), null);

        setAgenda.set(actor(LIV), List.of(2), null);
        assertNull(first.sessionId());
        assertEquals(next.id(), second.sessionId());
        assertEquals(Topic.Status.OPEN, first.status());

        var cleared = assertInstanceOf(SetAgenda.AgendaSet.class, setAgenda.set(actor(LIV), List.of(), null));
        assertTrue(cleared.items().isEmpty());
        assertNull(second.sessionId());
        assertEquals(3, school.board(KARI).topics().size(), "all three stay on the board");
    }

    @Test
    void whenTheSessionIsOverItsTopicsAreDiscussedAndTheRestCarryOverWithTheirVotes() {
        MentoringSession session = school.session(school.one, Duration.ofDays(3));
        MentoringSession later = school.session(school.one, Duration.ofDays(17));
        school.store.voteOnTopic().toggle(actor(KARI), new Choice.ById(second.id()));
        setAgenda.set(actor(LIV), List.of(1, 3), null);
        Instant afterwards = session.endsAt().plusSeconds(60);

        var board = (ShowTopics.Board) school.showTopicsAt(afterwards).show(actor(KARI), null);

        assertEquals(List.of(2), board.topics().stream().map(ShowTopics.BoardTopic::number).toList());
        assertEquals(1, board.topics().get(0).votes());
        assertEquals(Optional.of(later.id()), board.nextSession().map(MentoringSession::id));
        assertEquals(Topic.Status.DISCUSSED, first.status());
        assertEquals(Topic.Status.DISCUSSED, third.status());
        assertEquals(Topic.Status.OPEN, second.status());
        var agenda = (ShowAgenda.Agenda) school.showAgendaAt(afterwards).show(actor(OLA), null);
        assertTrue(agenda.items().isEmpty(), "the next session starts with an empty agenda");
    }

    @Test
    void theLeaderPutsADiscussedTopicBack() {
        MentoringSession session = school.session(school.one, Duration.ofDays(3));
        MentoringSession later = school.session(school.one, Duration.ofDays(17));
        setAgenda.set(actor(LIV), List.of(1), null);
        Instant afterwards = session.endsAt().plusSeconds(60);

        var set = assertInstanceOf(SetAgenda.AgendaSet.class, school.setAgendaAt(afterwards).set(actor(LIV), List.of(1, 2), null));

        assertEquals(later.id(), set.session().id());
        assertEquals(List.of(1), set.reopened());
        assertEquals(Topic.Status.OPEN, first.status());
        assertEquals(later.id(), first.sessionId());
    }

    @Test
    void topicsOnACancelledSessionsAgendaGoBackOnTheBoard() {
        MentoringSession session = school.session(school.one, Duration.ofDays(3));
        setAgenda.set(actor(LIV), List.of(1), null);
        school.store.inTransaction(() -> {
            session.cancel();
            return null;
        });

        var board = school.board(OLA);

        assertEquals(3, board.topics().size());
        assertTrue(board.topics().stream().noneMatch(ShowTopics.BoardTopic::onAgenda));
        assertEquals(Topic.Status.OPEN, first.status());
        assertNull(first.sessionId());
    }

    @Test
    void aLeaderOfTwoGroupsSaysWhichOne() {
        school.store.inTransaction(() -> school.store.groups.add(
                new MentoringGroup(school.round.id(), 3, LIV.userId(), LIV.displayName(), InMemoryStore.NOW)));
        school.session(school.one, Duration.ofDays(3));

        assertEquals(new SetAgenda.Refused(new BoardRefusal.ChooseGroup(List.of(1, 3))), setAgenda.set(actor(LIV), List.of(1), null));
        assertEquals(new ShowTopics.Refused(new BoardRefusal.ChooseGroup(List.of(1, 3))), school.store.showTopics().show(actor(LIV), null));
        assertEquals(new SetAgenda.NoSession(3), setAgenda.set(actor(LIV), List.of(1), 3));

        assertInstanceOf(SetAgenda.AgendaSet.class, setAgenda.set(actor(LIV), List.of(1), 1));
        var board = assertInstanceOf(ShowTopics.Board.class, school.store.showTopics().show(actor(LIV), 1));
        assertTrue(board.leader());
        assertEquals(1, board.group().number());
    }

    @Test
    void afterTheRoundTheAgendaIsNotChanged() {
        school.session(school.one, Duration.ofDays(3));
        Entities.inState(school.round, RoundState.EVALUATING);

        assertEquals(new SetAgenda.Refused(new BoardRefusal.RoundOver(1)), setAgenda.set(actor(LIV), List.of(1), null));
        assertNull(first.sessionId());
    }

    @Test
    void membersOfAnotherGroupSeeTheirOwnAgenda() {
        school.session(school.one, Duration.ofDays(3));
        setAgenda.set(actor(LIV), List.of(1), null);

        var theirs = assertInstanceOf(ShowAgenda.Agenda.class, school.store.showAgenda().show(actor(ANNE), null));

        assertEquals(2, theirs.group().number());
        assertTrue(theirs.items().isEmpty());
    }
}
