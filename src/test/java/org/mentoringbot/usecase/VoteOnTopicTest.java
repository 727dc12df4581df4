package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TwoGroups.ANNE;
import static org.mentoringbot.usecase.TwoGroups.LIV;
import static org.mentoringbot.usecase.TwoGroups.NILS;
import static org.mentoringbot.usecase.TwoGroups.actor;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Vote;
import org.mentoringbot.usecase.VoteOnTopic.Choice;

class VoteOnTopicTest {
    private final TwoGroups school = new TwoGroups();
    private final VoteOnTopic vote = school.store.voteOnTopic();
    private final Topic first = school.propose(KARI, "Første", false);
    private final Topic second = school.propose(OLA, "Andre", true);
    private final Topic third = school.propose(NILS, "Tredje", false);
    private final Topic fourth = school.propose(KARI, "Fjerde", false);
    private final Topic otherGroups = school.propose(ANNE, "Gruppe 2 sitt", false);

    @Test
    void aVoteCountsAndPressingAgainTakesItBack() {
        assertEquals(new VoteOnTopic.Voted(2, 2), vote.toggle(actor(NILS), new Choice.ById(second.id())));
        assertEquals(1, votesOn(second));

        assertEquals(new VoteOnTopic.TakenBack(2, 3), vote.toggle(actor(NILS), new Choice.ById(second.id())));
        assertEquals(0, votesOn(second));
    }

    @Test
    void aTypedNumberVotesForThatTopicOfTheGroup() {
        assertEquals(new VoteOnTopic.Voted(3, 2), vote.toggle(actor(KARI), new Choice.ByNumber(3)));

        assertEquals(List.of(third.id()), school.store.topics.allVotes().stream().map(Vote::topicId).toList());
    }

    @Test
    void theFourthVoteOfTheRoundIsRefusedAndNothingStored() {
        vote.toggle(actor(KARI), new Choice.ById(first.id()));
        vote.toggle(actor(KARI), new Choice.ById(second.id()));
        assertEquals(new VoteOnTopic.Voted(3, 0), vote.toggle(actor(KARI), new Choice.ById(third.id())));

        assertEquals(new VoteOnTopic.NoVotesLeft(Vote.PER_MEMBER_AND_ROUND), vote.toggle(actor(KARI), new Choice.ById(fourth.id())));
        assertEquals(new VoteOnTopic.NoVotesLeft(3), vote.toggle(actor(KARI), new Choice.ByNumber(4)));

        assertEquals(0, votesOn(fourth));
        assertEquals(3, school.store.topics.allVotes().size());
    }

    @Test
    void takingAVoteBackFreesItForAnotherTopic() {
        vote.toggle(actor(KARI), new Choice.ById(first.id()));
        vote.toggle(actor(KARI), new Choice.ById(second.id()));
        vote.toggle(actor(KARI), new Choice.ById(third.id()));
        vote.toggle(actor(KARI), new Choice.ById(first.id()));

        assertEquals(new VoteOnTopic.Voted(4, 0), vote.toggle(actor(KARI), new Choice.ById(fourth.id())));
    }

    @Test
    void eachMemberHasTheirOwnVotes() {
        vote.toggle(actor(KARI), new Choice.ById(first.id()));
        vote.toggle(actor(OLA), new Choice.ById(first.id()));

        assertEquals(2, votesOn(first));
        assertEquals(2, school.board(NILS).topics().get(0).votes());
    }

    @Test
    void aVoteOnAnotherGroupsTopicIsRefusedAlikeWhetherOrNotItExists() {
        assertEquals(new VoteOnTopic.NotOnYourBoard(), vote.toggle(actor(KARI), new Choice.ById(otherGroups.id())));
        assertEquals(new VoteOnTopic.NotOnYourBoard(), vote.toggle(actor(KARI), new Choice.ById(999_999)));

        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    @Test
    void aNumberNotOnTheBoardIsSaidSo() {
        assertEquals(new VoteOnTopic.NoSuchNumber(9), vote.toggle(actor(KARI), new Choice.ByNumber(9)));
        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    @Test
    void withdrawnAndDiscussedTopicsTakeNoVotes() {
        school.store.withdrawTopic().withdraw(actor(KARI), 1);
        var session = school.session(school.one, Duration.ofDays(1));
        school.store.setAgenda().set(actor(LIV), List.of(2), null);
        var afterSession = school.voteAt(session.endsAt().plusSeconds(1));

        assertEquals(new VoteOnTopic.NotOpen(1, Topic.Status.WITHDRAWN), vote.toggle(actor(OLA), new Choice.ById(first.id())));
        assertEquals(new VoteOnTopic.NotOpen(2, Topic.Status.DISCUSSED), afterSession.toggle(actor(OLA), new Choice.ByNumber(2)));
        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    @Test
    void theLeaderAndTheOwnerOutsideTheGroupDoNotVote() {
        assertEquals(new VoteOnTopic.Refused(new BoardRefusal.LeaderNotMember()), vote.toggle(actor(LIV), new Choice.ById(first.id())));
        assertEquals(new VoteOnTopic.Refused(new BoardRefusal.OnlyTheGroup()), vote.toggle(actor(PRINCIPAL), new Choice.ById(first.id())));

        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    @Test
    void afterTheRoundNoMoreVotes() {
        Entities.inState(school.round, RoundState.EVALUATING);

        assertInstanceOf(VoteOnTopic.Refused.class, vote.toggle(actor(KARI), new Choice.ById(first.id())));
        assertTrue(school.store.topics.allVotes().isEmpty());
    }

    private long votesOn(Topic topic) {
        return school.store.topics.allVotes().stream().filter(v -> v.topicId() == topic.id()).count();
    }
}
