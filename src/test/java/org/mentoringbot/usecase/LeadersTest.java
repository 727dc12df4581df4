package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;

/** The owner names and removes group leaders; groups under way never lose theirs. */
class LeadersTest {
    private final SchoolProgram school = new SchoolProgram();

    @Test
    void namedLeadersAreListedByName() {
        var added = assertInstanceOf(AddLeaders.Added.class, school.useCases.addLeaders().add(OWNER, List.of(LIV, PER)));

        assertEquals(List.of(LIV, PER), added.added());
        assertEquals(List.of(), added.alreadyLeaders());
        var list = assertInstanceOf(ShowLeaders.LeaderList.class, school.useCases.showLeaders().list(TestPeople.SCHOOL));
        assertEquals(List.of("Liv Lærer", "Per Pedagog"), list.names());
        assertEquals(List.of(LIV, PER), school.useCases.showLeaders().leaders(TestPeople.SCHOOL));
    }

    @Test
    void namingALeaderAgainChangesNothing() {
        school.addLeaders(LIV);

        var again = assertInstanceOf(AddLeaders.Added.class, school.useCases.addLeaders().add(OWNER, List.of(LIV, PER, PER)));

        assertEquals(List.of(PER), again.added());
        assertEquals(List.of(LIV, PER), again.alreadyLeaders());
        assertEquals(List.of("U0LIV", "U0PER"), school.leaderIds());
    }

    @Test
    void aLeaderWithoutGroupsIsRemoved() {
        school.addLeaders(LIV, PER);

        var removed = assertInstanceOf(RemoveLeader.Removed.class,
                school.useCases.removeLeader().remove(OWNER, new Person(TestPeople.SCHOOL, "U0LIV", "liv")));

        assertEquals("Liv Lærer", removed.person().displayName(), "named as when they were added");
        assertEquals(List.of("U0PER"), school.leaderIds());
    }

    @Test
    void someoneWhoIsNoLeaderCannotBeRemoved() {
        school.addLeaders(LIV);

        var notALeader = assertInstanceOf(RemoveLeader.NotALeader.class, school.useCases.removeLeader().remove(OWNER, KARI));

        assertEquals(KARI, notALeader.person());
        assertEquals(List.of("U0LIV"), school.leaderIds());
    }

    @Test
    void aLeaderOfGroupsInTheRoundUnderWayStaysWithTheGroupNumbers() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 9));
        school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)), group(LIV, teachers(7, 9)));

        var stillLeads = assertInstanceOf(RemoveLeader.StillLeadsGroups.class, school.useCases.removeLeader().remove(OWNER, LIV));

        assertEquals(List.of(1, 3), stillLeads.groupNumbers());
        assertEquals(LIV, stillLeads.person());
        assertEquals(List.of("U0LIV", "U0PER"), school.leaderIds());
    }

    @Test
    void aLeaderOfGroupsIsKeptWhileTheRoundIsEvaluated() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));
        school.useCases.closeRound().close(OWNER);

        assertInstanceOf(RemoveLeader.StillLeadsGroups.class, school.useCases.removeLeader().remove(OWNER, LIV));
    }

    @Test
    void onceTheRoundIsClosedTheirLeaderMayBeRemoved() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));
        school.useCases.closeRound().close(OWNER);
        school.useCases.closeRound().close(OWNER);
        assertEquals(RoundState.CLOSED, school.currentRound().state());

        assertInstanceOf(RemoveLeader.Removed.class, school.useCases.removeLeader().remove(OWNER, LIV));
        assertEquals(List.of(), school.leaderIds());
    }

    @Test
    void groupsOfAnEarlierRoundDoNotKeepALeader() {
        school.addLeaders(LIV);
        school.join(teachers(1, 3));
        school.form(group(LIV, teachers(1, 3)));
        school.nextRound();

        assertInstanceOf(RemoveLeader.Removed.class, school.useCases.removeLeader().remove(OWNER, LIV));
    }

    @Test
    void leadersOfAnotherWorkspaceAreNotListedHere() {
        school.addLeaders(LIV);

        assertInstanceOf(ShowLeaders.NoProgram.class, school.useCases.showLeaders().list(ELSEWHERE.workspace()));
        assertEquals(List.of(), school.useCases.showLeaders().leaders(ELSEWHERE.workspace()));
    }
}
