package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TwoGroups.ANNE;
import static org.mentoringbot.usecase.TwoGroups.LIV;
import static org.mentoringbot.usecase.TwoGroups.actor;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.VoteOnTopic.Choice;

class WithdrawTopicTest {
    private final TwoGroups school = new TwoGroups();
    private final WithdrawTopic withdraw = school.store.withdrawTopic();
    private final Topic karis = school.propose(KARI, "Karis tema", true);
    private final Topic olas = school.propose(OLA, "Olas tema", false);

    @Test
    void theAuthorTakesTheirTopicOffTheBoardAndTheAgendaAndVotesGoBack() {
        school.session(school.one, Duration.ofDays(2));
        school.store.setAgenda().set(actor(LIV), List.of(1), null);
        school.store.voteOnTopic().toggle(actor(OLA), new Choice.ById(karis.id()));

        assertEquals(new WithdrawTopic.Withdrawn(1), withdraw.withdraw(actor(KARI), 1));

        assertEquals(Topic.Status.WITHDRAWN, karis.status());
        assertNull(karis.sessionId());
        assertTrue(school.store.topics.allVotes().isEmpty(), "Ola has the vote back");
        assertEquals(List.of(2), school.board(OLA).topics().stream().map(ShowTopics.BoardTopic::number).toList());
        assertEquals(3, school.board(OLA).votesLeft());
    }

    @Test
    void nobodyElseCanWithdrawIt() {
        assertEquals(new WithdrawTopic.NotYours(2), withdraw.withdraw(actor(KARI), 2));
        assertEquals(new WithdrawTopic.Refused(new BoardRefusal.LeaderNotMember()), withdraw.withdraw(actor(LIV), 2));
        assertEquals(new WithdrawTopic.NoSuchNumber(2), withdraw.withdraw(actor(ANNE), 2), "group 2 has no topic 2");

        assertEquals(Topic.Status.OPEN, olas.status());
    }

    @Test
    void aWithdrawnTopicIsNotWithdrawnTwice() {
        withdraw.withdraw(actor(KARI), 1);

        assertEquals(new WithdrawTopic.NotOpen(1, Topic.Status.WITHDRAWN), withdraw.withdraw(actor(KARI), 1));
    }

    @Test
    void numbersStayPutAfterAWithdrawal() {
        withdraw.withdraw(actor(KARI), 1);

        var third = (ProposeTopic.Proposed) school.store.proposeTopic().propose(actor(KARI), "Nytt", false);

        assertEquals(3, third.number());
        assertEquals(List.of(2, 3), school.board(KARI).topics().stream().map(ShowTopics.BoardTopic::number).toList());
    }
}
