package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.group.NeverTogether;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.summary.Change;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Vote;

/** "A member can export everything stored about them and erase it." */
class PersonalDataTest {
    private static final String NOTE = "Karis-egen-merknad";

    private final ReflectingRound r = new ReflectingRound();
    private List<Person> people;
    private Person kari;
    private MentoringGroup group;
    private Topic karisTopic;
    private Topic olasTopic;

    /** Kari has something of every kind stored: place, seat, topic, vote, reflections, a mark, a pair. */
    private void kariHasTakenPart() {
        people = r.join(1, 4);
        kari = people.get(0);
        group = r.group(1, ReflectingRound.person("leader"), people);
        MentoringSession session = r.sessionAgo(group, Duration.ofDays(2));
        r.absent(session, kari);
        karisTopic = r.topic(group, kari, "Karis tema om foreldresamtaler");
        olasTopic = r.topic(group, people.get(1), "Olas tema");
        r.store.inTransaction(() -> {
            r.store.topics.add(new Vote(karisTopic.id(), r.round.id(), people.get(1).userId()));
            r.store.topics.add(new Vote(olasTopic.id(), r.round.id(), kari.userId()));
            r.store.groups.add(new NeverTogether(r.round.programId(), kari.userId(), people.get(3).userId()));
            return null;
        });
        people.forEach(p -> r.baseline(p, 2, 3));
        r.reflect(kari, ReflectionOccasion.session(session.id()), 4, 4, NOTE);
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndNothingAboutOthers() {
        kariHasTakenPart();
        r.reflect(people.get(1), ReflectionOccasion.BASELINE, 5, 5, "Olas notat");

        var export = assertInstanceOf(ExportPersonalData.Export.class, exportOf(kari)).data();

        assertEquals("Lindeskolen", export.programName());
        var round = export.rounds().get(0);
        assertEquals(MembershipStatus.ENROLLED, round.status());
        assertEquals(1, round.groupNumber());
        assertEquals("Karis tema om foreldresamtaler", round.topics().get(0).text());
        assertEquals(List.of("Olas tema"), round.votedFor());
        assertEquals(2, round.reflections().size());
        assertTrue(round.reflections().stream().anyMatch(x -> NOTE.equals(x.note())));
        assertFalse(round.attendance().get(0).present());
        assertFalse(export.toString().contains("Olas notat"), "another member's note is theirs");
    }

    @Test
    void nothingIsErasedUntilThePersonConfirms() {
        kariHasTakenPart();

        assertInstanceOf(ForgetMe.AskFirst.class, r.store.forgetMe().forget(kari, false));

        assertTrue(r.store.reflections.all().stream().anyMatch(x -> x.userId().equals(kari.userId())));
        assertTrue(inTx(() -> r.store.memberships.find(r.round.id(), kari.userId())).isPresent());
    }

    @Test
    void forgettingErasesThePersonEverywhereAndLeavesOthersAsTheyWere() {
        kariHasTakenPart();

        assertInstanceOf(ForgetMe.Forgotten.class, r.store.forgetMe().forget(kari, true));

        String id = kari.userId();
        assertTrue(r.store.reflections.all().stream().noneMatch(x -> x.userId().equals(id)));
        assertEquals(3, r.store.reflections.all().size(), "the others' reflections stay");
        assertTrue(inTx(() -> r.store.memberships.find(r.round.id(), id)).isEmpty());
        assertTrue(inTx(() -> r.store.groups.seatOf(r.round.id(), id)).isEmpty());
        assertEquals(List.of("Olas tema"), inTx(() -> r.store.topics.ofRound(r.round.id())).stream().map(Topic::text).toList());
        assertTrue(inTx(() -> r.store.topics.votesFor(olasTopic.id())).isEmpty(), "Kari's vote is gone");
        assertTrue(inTx(() -> r.store.topics.votesBy(r.round.id(), people.get(1).userId())).isEmpty(),
                "the vote for Kari's erased topic went with it");
        assertTrue(inTx(() -> r.store.sessions.ofRound(r.round.id()).stream()
                .flatMap(s -> r.store.sessions.attendanceOf(s.id()).stream()).toList()).isEmpty());
        assertTrue(inTx(() -> r.store.groups.neverTogether(r.round.programId())).isEmpty());
        assertInstanceOf(ExportPersonalData.Export.class, exportOf(kari));
        assertTrue(((ExportPersonalData.Export) exportOf(kari)).data().rounds().isEmpty(), "nothing left to export");
    }

    @Test
    void forgettingDropsTheLedgersMarksButNotTheSumsSoTheNextSummaryLooksTheSame() {
        List<Person> members = r.join(1, 4);
        r.group(1, ReflectingRound.person("leader"), members);
        members.forEach(p -> r.baseline(p, 2, 2));
        r.close();
        members.subList(0, 3).forEach(p -> r.end(p, 4, 4, null));
        RoundFigures before = r.ownerSees();
        assertInstanceOf(Change.Shown.class, before.mastery().joiningToEnd().overall());

        r.store.forgetMe().forget(members.get(0), true);
        r.end(members.get(3), 1, 1, null);

        assertTrue(r.store.ledgers.stored(r.round.id()).sealedAnswers().stream()
                .noneMatch(a -> a.respondentId().equals(members.get(0).userId())));
        assertEquals(before.mastery(), r.ownerSees().mastery(), "one leaving and one answering shows nothing new");
    }

    @Test
    void aFreedPlaceGoesToTheFirstOnTheWaitingList() {
        r.store.inTransaction(() -> {
            r.round.changeCapacity(1);
            return null;
        });
        Person kari = r.join(1, 1).get(0);
        Person waiting = r.join(2, 1).get(0);

        var forgotten = assertInstanceOf(ForgetMe.Forgotten.class, r.store.forgetMe().forget(kari, true));

        assertEquals(Optional.of(waiting), forgotten.admitted());
        assertEquals(MembershipStatus.ENROLLED, inTx(() -> r.store.memberships.find(r.round.id(), waiting.userId())).orElseThrow().status());
    }

    @Test
    void theOwnerAndALeaderOfAGroupMeetingNowAreToldWhyNot() {
        Person leader = ReflectingRound.person("leader");
        r.group(2, leader, r.join(1, 3));

        assertInstanceOf(ForgetMe.OwnerStays.class, r.store.forgetMe().forget(PRINCIPAL, true));
        assertEquals(List.of(2), assertInstanceOf(ForgetMe.StillLeads.class, r.store.forgetMe().forget(leader, true)).groupNumbers());
        assertTrue(inTx(() -> r.store.leaders.find(r.round.programId(), leader.userId())).isPresent());
    }

    @Test
    void aLeaderOfPastGroupsIsForgottenFromTheirHistoryToo() {
        Person leader = ReflectingRound.person("leader");
        MentoringGroup past = r.group(2, leader, r.join(1, 3));
        r.close();
        r.close();
        assertEquals(RoundState.CLOSED, r.round.state());

        assertInstanceOf(ForgetMe.Forgotten.class, r.store.forgetMe().forget(leader, true));

        assertEquals(MentoringGroup.FORGOTTEN, past.leaderUserId());
        assertEquals(MentoringGroup.FORGOTTEN, past.leaderName());
        assertTrue(inTx(() -> r.store.leaders.find(r.round.programId(), leader.userId())).isEmpty());
    }

    private ExportPersonalData.Result exportOf(Person person) {
        return new ExportPersonalData(r.store.programs, r.store.rounds, r.store.memberships, r.store.leaders, r.store.groups,
                r.store.sessions, r.store.topics, r.store.reflections, r.store.transactions).export(person);
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return r.store.inTransaction(work);
    }
}
