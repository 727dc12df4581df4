package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;

class ShowStatusTest {
    private final InMemoryStore store = new InMemoryStore();
    private final ShowStatus showStatus = store.showStatus();

    @Test
    void withoutAProgramThereIsNoStatus() {
        store.programWithOpenRound(ELSEWHERE, "Another school");

        assertInstanceOf(ShowStatus.NoProgram.class, showStatus.status(KARI));
    }

    @Test
    void showsTheProgramAndItsNewestRound() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");

        var status = status(KARI);

        assertEquals("Lindeskolen", status.program().name());
        assertEquals("Åse Rektor", status.program().ownerName());
        assertEquals(1, status.round().number());
    }

    @Test
    void countsEnrolledAndWaitingPeopleSeparately() {
        Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        store.joinRound().join(KARI, null);
        store.joinRound().join(OLA, null);
        store.waiting(round, new Person(TestPeople.SCHOOL, "U0LIV", "Liv"));

        var status = status(PRINCIPAL);

        assertEquals(2, status.enrolled());
        assertEquals(1, status.waiting());
    }

    @Test
    void tellsTheAskerWhereTheyStand() {
        Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        store.joinRound().join(KARI, null);
        store.waiting(round, OLA);

        assertEquals(Optional.of(MembershipStatus.ENROLLED), status(KARI).ownStatus());
        assertEquals(Optional.of(MembershipStatus.WAITING), status(OLA).ownStatus());
        assertEquals(Optional.empty(), status(PRINCIPAL).ownStatus());
    }

    @Test
    void someoneWhoLeftIsNoLongerCounted() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        store.joinRound().join(KARI, null);
        store.leaveRound().leave(KARI);

        var status = status(KARI);

        assertEquals(0, status.enrolled());
        assertEquals(Optional.empty(), status.ownStatus());
    }

    private ShowStatus.Status status(Person asker) {
        return assertInstanceOf(ShowStatus.Status.class, showStatus.status(asker));
    }
}
