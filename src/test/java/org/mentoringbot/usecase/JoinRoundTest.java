package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

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
}
