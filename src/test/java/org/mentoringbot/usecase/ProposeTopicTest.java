package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TwoGroups.ANNE;
import static org.mentoringbot.usecase.TwoGroups.LIV;
import static org.mentoringbot.usecase.TwoGroups.SIV;
import static org.mentoringbot.usecase.TwoGroups.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.topic.Topic;

class ProposeTopicTest {
    private final TwoGroups school = new TwoGroups();
    private final ProposeTopic propose = school.store.proposeTopic();

    @Test
    void aMemberPutsATopicOnTheirGroupsBoard() {
        var proposed = assertInstanceOf(ProposeTopic.Proposed.class,
                propose.propose(actor(KARI), "Foreldre som sender e-post sent på kvelden 🌙", false));

        assertEquals(1, proposed.group().number());
        assertEquals(1, proposed.number());
        assertEquals(1, proposed.openTopics());
        Topic stored = school.store.topics.all().get(0);
        assertEquals(school.one.id(), stored.groupId());
        assertEquals(school.round.id(), stored.roundId());
        assertEquals(KARI.userId(), stored.authorUserId());
        assertEquals("Foreldre som sender e-post sent på kvelden 🌙", stored.text());
        assertEquals(Topic.Status.OPEN, stored.status());
        assertFalse(stored.anonymous());
        assertEquals(InMemoryStore.NOW, stored.createdAt());
    }

    @Test
    void numbersCountWithinEachGroup() {
        propose.propose(actor(KARI), "Første", false);
        propose.propose(actor(OLA), "Andre", false);

        var inTwo = assertInstanceOf(ProposeTopic.Proposed.class, propose.propose(actor(ANNE), "Første i gruppe 2", false));
        var third = assertInstanceOf(ProposeTopic.Proposed.class, propose.propose(actor(KARI), "Tredje", false));

        assertEquals(2, inTwo.group().number());
        assertEquals(1, inTwo.number());
        assertEquals(3, third.number());
        assertEquals(3, third.openTopics());
    }

    @Test
    void anAnonymousTopicIsStoredAsAnonymous() {
        var proposed = assertInstanceOf(ProposeTopic.Proposed.class, propose.propose(actor(KARI), "Jeg er sliten", true));

        assertTrue(proposed.anonymous());
        assertTrue(school.store.topics.all().get(0).anonymous());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t "})
    void anEmptyTopicIsRefusedAndNothingStored(String text) {
        assertInstanceOf(ProposeTopic.Empty.class, propose.propose(actor(KARI), text, false));
        assertInstanceOf(ProposeTopic.Empty.class, propose.propose(actor(KARI), null, true));

        assertTrue(school.store.topics.all().isEmpty());
    }

    @Test
    void fiveHundredCharactersAreKeptWholeEvenAsEmoji() {
        String emoji = "🌻".repeat(Topic.MAX_TEXT_LENGTH); // 500 characters, 1,000 UTF-16 units

        assertInstanceOf(ProposeTopic.Proposed.class, propose.propose(actor(KARI), emoji, false));

        assertEquals(emoji, school.store.topics.all().get(0).text());
    }

    @Test
    void aLongerTopicIsRefusedWithItsLengthNeverCut() {
        var tooLong = assertInstanceOf(ProposeTopic.TooLong.class, propose.propose(actor(KARI), "å".repeat(5000), false));
        var oneOver = assertInstanceOf(ProposeTopic.TooLong.class, propose.propose(actor(KARI), "ø".repeat(501), false));

        assertEquals(new ProposeTopic.TooLong(5000, 500), tooLong);
        assertEquals(501, oneOver.length());
        assertTrue(school.store.topics.all().isEmpty());
    }

    @Test
    void someoneWithoutAGroupIsToldSoAndNothingIsStored() {
        assertEquals(new ProposeTopic.Refused(new BoardRefusal.NoGroupYet()), propose.propose(actor(SIV), "Hei", false));
        Person stranger = new Person(TestPeople.SCHOOL, "U0NEW", "Ny lærer");
        assertEquals(new ProposeTopic.Refused(new BoardRefusal.NotInRound()), propose.propose(actor(stranger), "Hei", false));
        assertEquals(new ProposeTopic.Refused(new BoardRefusal.OnlyTheGroup()), propose.propose(actor(PRINCIPAL), "Hei", false));
        assertEquals(new ProposeTopic.Refused(new BoardRefusal.NoProgram()),
                propose.propose(actor(TestPeople.ELSEWHERE), "Hei", false));

        assertTrue(school.store.topics.all().isEmpty());
    }

    @Test
    void anOwnerWhoJoinedTheRoundIsAMemberWaitingForAGroupLikeAnyone() {
        school.store.joinRound().join(PRINCIPAL, null);

        assertEquals(new ProposeTopic.Refused(new BoardRefusal.NoGroupYet()), propose.propose(actor(PRINCIPAL), "Hei", false));
    }

    @Test
    void aLeaderWhoDoesNotSitInTheGroupLeavesProposingToMembers() {
        assertEquals(new ProposeTopic.Refused(new BoardRefusal.LeaderNotMember()), propose.propose(actor(LIV), "Hei", false));

        assertTrue(school.store.topics.all().isEmpty());
    }

    @Test
    void afterTheRoundNothingMoreIsProposed() {
        Entities.inState(school.round, RoundState.EVALUATING);

        assertEquals(new ProposeTopic.Refused(new BoardRefusal.RoundOver(1)), propose.propose(actor(KARI), "For sent", false));
        assertTrue(school.store.topics.all().isEmpty());
    }
}
