package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

class JoinRoundTest {
    private final InMemoryStore store = new InMemoryStore();
    private final JoinRound joinRound = store.joinRound();

    @Test
    void withoutAProgramThereIsNothingToJoin() {
        assertInstanceOf(JoinRound.NoProgram.class, joinRound.join(KARI, null));
        assertTrue(store.memberships.all().isEmpty());
    }

    @Test
    void aProgramInAnotherWorkspaceDoesNotCount() {
        store.programWithOpenRound(ELSEWHERE, "Another school");

        assertInstanceOf(JoinRound.NoProgram.class, joinRound.join(KARI, null));
    }

    @Test
    void joiningEnrolsThePersonInTheOpenRoundAtTheClocksInstant() {
        Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");

        var joined = assertInstanceOf(JoinRound.Joined.class, joinRound.join(KARI, null));

        assertEquals(round.id(), joined.round().id());
        assertEquals(1, joined.enrolled());
        Membership kari = store.memberships.all().get(0);
        assertEquals(round.id(), kari.roundId());
        assertEquals("U0KARI", kari.userId());
        assertEquals("Kari Nordmann", kari.displayName());
        assertEquals(MembershipStatus.ENROLLED, kari.status());
        assertEquals(InMemoryStore.NOW, kari.joinedAt());
    }

    @Test
    void theCountSaysHowManyHaveJoinedSoFar() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(KARI, null);

        var joined = assertInstanceOf(JoinRound.Joined.class, joinRound.join(OLA, null));

        assertEquals(2, joined.enrolled());
    }

    @Test
    void joiningTwiceStoresOneMembership() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(KARI, null);

        var again = assertInstanceOf(JoinRound.AlreadyIn.class, joinRound.join(KARI, null));

        assertEquals(MembershipStatus.ENROLLED, again.status());
        assertEquals(1, again.round().number());
        assertEquals(1, store.memberships.all().size());
    }

    @Test
    void someoneOnTheWaitingListStaysThereWhenJoiningAgain() {
        Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        store.waiting(round, KARI);

        var again = assertInstanceOf(JoinRound.AlreadyIn.class, joinRound.join(KARI, null));

        assertEquals(MembershipStatus.WAITING, again.status());
        assertEquals(MembershipStatus.WAITING, store.memberships.all().get(0).status());
    }

    @Test
    void aRoundThatNoLongerAcceptsMembersCannotBeJoined() {
        Entities.inState(store.programWithOpenRound(PRINCIPAL, "Lindeskolen"), RoundState.EVALUATING);

        assertInstanceOf(JoinRound.NoOpenRound.class, joinRound.join(KARI, null));
        assertTrue(store.memberships.all().isEmpty());
    }

    @Test
    void lateJoinersAreWelcomeWhileGroupsMeet() {
        Entities.inState(store.programWithOpenRound(PRINCIPAL, "Lindeskolen"), RoundState.RUNNING);

        assertInstanceOf(JoinRound.Joined.class, joinRound.join(KARI, null));
    }

    @Test
    void beforeGroupsAreFormedNoGroupIsOffered() {
        SchoolProgram school = new SchoolProgram();

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertFalse(joined.groupsFormed());
        assertEquals(Optional.empty(), joined.groupWithRoom());
    }

    @Test
    void aLateJoinerIsOfferedToTheGroupWithTheFewestPeople() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 7));
        var formed = school.form(group(LIV, teachers(1, 4)), group(PER, teachers(5, 7)));

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertTrue(joined.groupsFormed());
        assertEquals(Optional.of(formed.groups().get(1).group()), joined.groupWithRoom());
        assertEquals(8, joined.enrolled());
        assertEquals(Optional.empty(), school.store.inTransaction(() -> school.store.groups.seatOf(joined.round().id(), "U0KARI")),
                "the leader decides: joining seats nobody");
    }

    @Test
    void ofEquallySmallGroupsTheFirstIsOffered() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 6));
        var formed = school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)));

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertEquals(Optional.of(formed.groups().get(0).group()), joined.groupWithRoom());
    }

    @Test
    void aGroupAtTheTargetSizeStillHasRoom() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV);
        school.groupSize(3);
        school.join(teachers(1, 3));
        var formed = school.form(group(LIV, teachers(1, 3)));

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertEquals(Optional.of(formed.groups().get(0).group()), joined.groupWithRoom());
    }

    @Test
    void whenEveryGroupIsAboveTheTargetSizeNoneIsOffered() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV, PER);
        school.groupSize(3);
        school.join(teachers(1, 8));
        school.form(group(LIV, teachers(1, 4)), group(PER, teachers(5, 8)));

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertTrue(joined.groupsFormed());
        assertEquals(Optional.empty(), joined.groupWithRoom());
    }

    @Test
    void aSeatFreedBySomeoneLeavingMakesRoomAgain() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV, PER);
        school.groupSize(3);
        school.join(teachers(1, 8));
        var formed = school.form(group(LIV, teachers(1, 4)), group(PER, teachers(5, 8)));
        school.useCases.leaveRound().leave(teacher(6));

        var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(KARI, null));

        assertEquals(Optional.of(formed.groups().get(1).group()), joined.groupWithRoom());
    }
}
