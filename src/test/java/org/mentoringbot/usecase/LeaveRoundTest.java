package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.round.Round;

class LeaveRoundTest {
    private final InMemoryStore store = new InMemoryStore();
    private final JoinRound joinRound = store.joinRound();
    private final LeaveRound leaveRound = store.leaveRound();

    @Test
    void leavingRemovesOnlyThePersonsOwnMembership() {
        Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(KARI, null);
        joinRound.join(OLA, null);

        var left = assertInstanceOf(LeaveRound.Left.class, leaveRound.leave(KARI));

        assertEquals(round.id(), left.round().id());
        assertEquals(1, store.memberships.all().size());
        assertEquals("U0OLA", store.memberships.all().get(0).userId());
    }

    @Test
    void someoneOnTheWaitingListCanLeaveToo() {
        store.waiting(store.programWithOpenRound(PRINCIPAL, "Lindeskolen"), KARI);

        assertInstanceOf(LeaveRound.Left.class, leaveRound.leave(KARI));
        assertTrue(store.memberships.all().isEmpty());
    }

    @Test
    void leavingWhenNotInTheRoundChangesNothing() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(OLA, null);

        assertInstanceOf(LeaveRound.NotIn.class, leaveRound.leave(KARI));
        assertEquals(1, store.memberships.all().size());
    }

    @Test
    void leavingWithoutAProgramIsNotAnError() {
        assertInstanceOf(LeaveRound.NotIn.class, leaveRound.leave(KARI));
    }

    @Test
    void leavingTwiceIsHarmless() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(KARI, null);
        leaveRound.leave(KARI);

        assertInstanceOf(LeaveRound.NotIn.class, leaveRound.leave(KARI));
    }

    @Test
    void someoneWhoLeftIsWelcomeBack() {
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        joinRound.join(KARI, null);
        leaveRound.leave(KARI);

        var back = assertInstanceOf(JoinRound.Joined.class, joinRound.join(KARI, null));

        assertEquals(1, back.enrolled());
        assertEquals(1, store.memberships.all().size());
    }

    @Test
    void leavingFreesTheSeatInTheGroup() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV);
        school.join(teachers(1, 4));
        var group = school.form(group(LIV, teachers(1, 4))).groups().get(0).group();

        assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(2)));

        assertEquals(List.of("U0T01", "U0T03", "U0T04"), school.seatedIn(group));
        assertEquals(Optional.empty(), school.store.inTransaction(() -> school.store.groups.seatOf(group.roundId(), "U0T02")));
    }

    @Test
    void someoneWhoLeftAGroupAndCameBackHasNoGroupUntilALeaderSeatsThem() {
        SchoolProgram school = new SchoolProgram();
        school.addLeaders(LIV);
        school.join(teachers(1, 4));
        var group = school.form(group(LIV, teachers(1, 4))).groups().get(0).group();
        school.useCases.leaveRound().leave(teacher(2));

        school.join(teacher(2));

        assertEquals(List.of("U0T01", "U0T03", "U0T04"), school.seatedIn(group));
    }
}
