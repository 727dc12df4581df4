package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.TopicCount;

/** Topics are the group's alone: an owner sees counts, never topics or authors; anonymous means anonymous to everyone. */
class TopicPrivacyTest {
    private final TwoGroups school = new TwoGroups();

    @Test
    void anOwnerOutsideTheGroupsNeverGetsABoardOrAnAgenda() {
        school.propose(KARI, "Kari sitt", false);
        school.session(school.one, Duration.ofDays(2));
        school.store.setAgenda().set(actor(LIV), List.of(1), null);

        assertEquals(new ShowTopics.Refused(new BoardRefusal.OnlyTheGroup()), school.store.showTopics().show(actor(PRINCIPAL), null));
        assertEquals(new ShowTopics.Refused(new BoardRefusal.NotYourGroup(1)), school.store.showTopics().show(actor(PRINCIPAL), 1));
        assertEquals(new ShowAgenda.Refused(new BoardRefusal.OnlyTheGroup()), school.store.showAgenda().show(actor(PRINCIPAL), null));
        Actor admin = new Actor(new org.mentoringbot.core.member.Person(TestPeople.SCHOOL, "U0ADMIN", "Admin"), true);
        assertEquals(new ShowTopics.Refused(new BoardRefusal.OnlyTheGroup()), school.store.showTopics().show(admin, null));
    }

    @Test
    void anotherGroupsMembersAndLeaderSeeOnlyTheirOwnBoard() {
        school.propose(KARI, "Kari sitt", false);

        assertEquals(new ShowTopics.Refused(new BoardRefusal.NotYourGroup(1)), school.store.showTopics().show(actor(ANNE), 1));
        assertEquals(new ShowTopics.Refused(new BoardRefusal.NotYourGroup(1)), school.store.showTopics().show(actor(PER), 1));
        assertEquals(new ShowTopics.Refused(new BoardRefusal.NotYourGroup(7)), school.store.showTopics().show(actor(ANNE), 7),
                "a group that does not exist is answered alike");
        assertTrue(school.board(ANNE).topics().isEmpty());
        assertTrue(school.board(PER).topics().isEmpty());
    }

    @Test
    void anAnonymousTopicsAuthorIsNamedToNobodyNotEvenTheLeader() {
        school.propose(KARI, "Jeg gruer meg til foreldremøter", true);

        for (var viewer : List.of(OLA, NILS, LIV)) {
            var topic = school.board(viewer).topics().get(0);
            assertEquals(Optional.empty(), topic.authorName(), viewer.displayName());
            assertTrue(topic.anonymous());
            assertFalse(topic.mine());
            assertFalse(topic.toString().contains(KARI.displayName()) || topic.toString().contains(KARI.userId()));
        }
        var own = school.board(KARI).topics().get(0);
        assertTrue(own.mine(), "the author alone sees it is theirs");
        assertEquals(Optional.empty(), own.authorName());
    }

    @Test
    void aNamedTopicShowsItsAuthorToTheGroupWhileTheyAreInIt() {
        school.propose(KARI, "Vurdering for læring", false);

        assertEquals(Optional.of(KARI.displayName()), school.board(OLA).topics().get(0).authorName());
        assertEquals(Optional.of(KARI.displayName()), school.board(LIV).topics().get(0).authorName());

        school.store.leaveRound().leave(KARI);

        assertEquals(Optional.empty(), school.board(OLA).topics().get(0).authorName(), "someone who left is no longer named");
    }

    @Test
    void theRoundsTopicCountsCarryNoAuthorAndNoText() {
        school.propose(KARI, "En", false);
        school.propose(OLA, "To", true);
        school.propose(ANNE, "Tre", false);
        school.store.withdrawTopic().withdraw(actor(OLA), 2);

        var counts = school.store.inTransaction(() -> school.store.topics.countsOfRound(school.round.id()));

        assertEquals(List.of(
                new TopicCount(school.one.id(), Topic.Status.OPEN, 1),
                new TopicCount(school.one.id(), Topic.Status.WITHDRAWN, 1),
                new TopicCount(school.two.id(), Topic.Status.OPEN, 1)), counts);
        assertEquals(List.of("groupId", "status", "count"),
                Arrays.stream(TopicCount.class.getRecordComponents()).map(c -> c.getName()).toList());
    }
}
