package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.as;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;

/** What each person's home shows: a member their own group, a leader their groups, the owner the counts. */
class ShowHomeTest {
    private final SchoolProgram school = new SchoolProgram();
    private MentoringGroup livs;

    /** Liv leads teachers 1-3, Per teachers 4-5; teachers 6 and 7 have no group yet; teacher 8 waits. */
    private void aRoundUnderWay() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 7));
        livs = school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 5))).groups().get(0).group();
        school.limitTo(7);
        school.join(teacher(8));
    }

    @Test
    void aMemberSeesTheirOwnGroupItsLeaderAndWhoSitsInIt() {
        aRoundUnderWay();
        school.useCases.rememberChannel().forGroup(livs.id(), "C0GROUP1");

        var home = home(as(teacher(2)));

        assertEquals(Optional.of(new ShowHome.OwnGroup(1, "Liv Lærer", List.of("Teacher 1", "Teacher 2", "Teacher 3"), "C0GROUP1")),
                home.group());
        assertEquals(Optional.of(MembershipStatus.ENROLLED), home.ownStatus());
        assertFalse(home.owner());
        assertFalse(home.leader());
        assertEquals(List.of(), home.ledGroups());
        assertEquals("Lindeskolen", home.program().name());
        assertEquals(1, home.round().orElseThrow().number());
    }

    @Test
    void aMemberOfAnotherGroupSeesOnlyTheirs() {
        aRoundUnderWay();

        var home = home(as(teacher(4)));

        assertEquals(Optional.of(new ShowHome.OwnGroup(2, "Per Pedagog", List.of("Teacher 4", "Teacher 5"), null)), home.group());
    }

    @Test
    void aMemberWithoutAGroupYetSeesNone() {
        aRoundUnderWay();

        var home = home(as(teacher(6)));

        assertEquals(Optional.empty(), home.group());
        assertEquals(Optional.of(MembershipStatus.ENROLLED), home.ownStatus());
    }

    @Test
    void someoneWaitingSeesThatTheyWait() {
        aRoundUnderWay();

        var home = home(as(teacher(8)));

        assertEquals(Optional.of(MembershipStatus.WAITING), home.ownStatus());
        assertEquals(Optional.empty(), home.group());
    }

    @Test
    void someoneWhoHasNotJoinedSeesTheProgramAndNoPlace() {
        aRoundUnderWay();

        var home = home(as(KARI));

        assertEquals(Optional.empty(), home.ownStatus());
        assertEquals(Optional.empty(), home.group());
        assertEquals(Optional.empty(), home.pausedUntil());
    }

    @Test
    void aLeaderSeesTheGroupsTheyLeadWithTheirSizes() {
        aRoundUnderWay();
        school.useCases.seatMember().seat(as(LIV), livs.id(), "U0T06");

        var home = home(as(LIV));

        assertTrue(home.leader());
        assertFalse(home.owner());
        assertEquals(List.of(new ShowHome.LedGroup(1, 4, null)), home.ledGroups());
        assertEquals(List.of(new ShowHome.LedGroup(2, 2, null)), home(as(PER)).ledGroups());
    }

    @Test
    void theOwnerSeesHowManyAreInWaitingAndWithoutAGroup() {
        aRoundUnderWay();

        var home = home(OWNER);

        assertTrue(home.owner());
        assertEquals(7, home.enrolled());
        assertEquals(1, home.waiting());
        assertEquals(2, home.withoutGroup());
    }

    @Test
    void aLateJoinerSeatedByTheirLeaderNoLongerCountsAsWithoutAGroup() {
        aRoundUnderWay();
        school.useCases.seatMember().seat(as(LIV), livs.id(), "U0T06");
        school.useCases.leaveRound().leave(teacher(7));

        var home = home(OWNER);

        assertEquals(7, home.enrolled(), "teacher 8 came in from the waiting list");
        assertEquals(0, home.waiting());
        assertEquals(1, home.withoutGroup(), "teacher 8");
    }

    @Test
    void aWorkspaceAdminSeesWhatTheOwnerSees() {
        aRoundUnderWay();

        var home = home(new Actor(new Person(TestPeople.SCHOOL, "U0IT", "Ivar IT"), true));

        assertTrue(home.owner());
        assertEquals(2, home.withoutGroup());
    }

    @Test
    void aBreakIsShown() {
        aRoundUnderWay();
        school.useCases.pauseMembership().pause(teacher(1), LocalDate.of(2026, 9, 1), ZoneOffset.UTC);

        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), home(as(teacher(1))).pausedUntil());
        assertEquals(Optional.empty(), home(as(teacher(2))).pausedUntil());
    }

    @Test
    void someoneInAnotherWorkspaceSeesNoProgram() {
        aRoundUnderWay();

        assertInstanceOf(ShowHome.NoProgram.class, school.useCases.showHome().home(as(ELSEWHERE)));
        assertInstanceOf(ShowHome.NoProgram.class, school.useCases.showHome().home(new Actor(ELSEWHERE, true)));
    }

    @Test
    void inTheNextRoundLastRoundsGroupIsGone() {
        aRoundUnderWay();
        school.nextRound();
        school.join(teacher(1));

        var home = home(as(teacher(1)));

        assertEquals(2, home.round().orElseThrow().number());
        assertEquals(Optional.empty(), home.group());
        assertEquals(List.of(), home(as(LIV)).ledGroups());
    }

    private ShowHome.Home home(Actor actor) {
        return assertInstanceOf(ShowHome.Home.class, school.useCases.showHome().home(actor));
    }
}
