package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.as;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.usecase.FormGroups.Draft;
import org.mentoringbot.usecase.FormGroups.Problem;

/**
 * A leader saves groups as they decided them. Nothing is saved unless all of it is right, and
 * every problem is named so the leader can fix the form in one go.
 */
class FormGroupsTest {
    static final Person BOT = new Person(SCHOOL, "U0BOT", "Polly Bot");
    static final Person DEACTIVATED = new Person(SCHOOL, "U0GONE", "Gunnar Sluttet");
    /** A user id the workspace does not know, e.g. from another workspace or mistyped. */
    static final String STRANGER = "U0WHO";

    private final People people = directory();
    private final SchoolProgram school = new SchoolProgram(people);

    /** Leaders Liv and Per; teachers 1 to 8 in the round, teacher 9 waiting. */
    private void aRoundReadyForGroups() {
        school.addLeaders(LIV, PER);
        school.limitTo(8);
        school.join(teachers(1, 9));
    }

    @Test
    void groupsAreSavedWithTheirLeadersAndEveryoneSeatedAndTheRoundStarts() {
        aRoundReadyForGroups();

        var formed = assertInstanceOf(FormGroups.Formed.class, school.useCases.formGroups().form(as(LIV),
                List.of(group(LIV, teachers(1, 4)), group(PER, teachers(5, 8)))));

        assertEquals(RoundState.RUNNING, formed.round().state());
        assertEquals(RoundState.RUNNING, school.currentRound().state());
        List<MentoringGroup> saved = school.groups(school.roundOne);
        assertEquals(List.of(1, 2), saved.stream().map(MentoringGroup::number).toList());
        assertEquals(List.of("U0LIV", "U0PER"), saved.stream().map(MentoringGroup::leaderUserId).toList());
        assertEquals(List.of("Liv Lærer", "Per Pedagog"), saved.stream().map(MentoringGroup::leaderName).toList());
        assertEquals(ids(teachers(1, 4)), school.seatedIn(saved.get(0)));
        assertEquals(ids(teachers(5, 8)), school.seatedIn(saved.get(1)));
        assertEquals(teachers(1, 4), formed.groups().get(0).members());
        assertEquals(teachers(5, 8), formed.groups().get(1).members());
        assertEquals(saved.get(0).id(), formed.groups().get(0).group().id());
    }

    @Test
    void anEmptyGroupInTheFormIsLeftOutAndNotNumbered() {
        aRoundReadyForGroups();

        var formed = school.form(group(LIV), group(PER, teachers(1, 3)));

        assertEquals(1, formed.groups().size());
        assertEquals(1, formed.groups().get(0).group().number());
        assertEquals("U0PER", formed.groups().get(0).group().leaderUserId());
    }

    @Test
    void groupsFormedLaterAreNumberedAfterTheFirstOnes() {
        aRoundReadyForGroups();
        school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)));

        var later = school.form(group(LIV, teachers(7, 8)));

        assertEquals(3, later.groups().get(0).group().number());
        assertEquals(RoundState.RUNNING, school.currentRound().state());
    }

    @Test
    void someoneInTwoGroupsIsNamed() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV, teachers(1, 3)), group(PER, teachers(3, 5))),
                new Problem(1, "groups.problem.twice", List.of("Teacher 3")));
    }

    @Test
    void someoneTwiceInOneGroupIsNamed() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV, teacher(1), teacher(1), teacher(2))),
                new Problem(0, "groups.problem.twice", List.of("Teacher 1")));
    }

    @Test
    void someoneAlreadyInAGroupIsNamedWithTheirGroup() {
        aRoundReadyForGroups();
        school.form(group(LIV, teachers(1, 3)));

        assertRefused(List.of(group(PER, teachers(3, 5))),
                new Problem(0, "groups.problem.already.seated", List.of("Teacher 3", 1)));
    }

    @Test
    void someoneOnTheWaitingListIsNamed() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV, teacher(1), teacher(9))),
                new Problem(0, "groups.problem.waiting", List.of("Teacher 9")));
    }

    @Test
    void aColleagueWhoNeverJoinedIsNamedByTheirName() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV, teacher(1), KARI)),
                new Problem(0, "groups.problem.not.joined", List.of("Kari Nordmann")));
    }

    @Test
    void someoneWhoLeftIsNoLongerThereToPlace() {
        aRoundReadyForGroups();
        school.useCases.leaveRound().leave(teacher(2));

        assertRefused(List.of(group(LIV, teachers(1, 3))),
                new Problem(0, "groups.problem.not.joined", List.of("Teacher 2")));
    }

    @Test
    void aLeaderWhoIsNotOneOfTheProgramsLeadersIsNamed() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(OLA, teachers(1, 3))),
                new Problem(0, "groups.problem.not.a.leader", List.of("Ola 🌻")));
    }

    @Test
    void aGroupWithoutALeaderIsRefused() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV, teachers(1, 3)), group(null, teachers(4, 6))),
                new Problem(1, "groups.problem.no.leader", List.of()));
    }

    @Test
    void aFormWithEveryGroupEmptyIsRefused() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(LIV), group(PER)), new Problem(-1, "groups.problem.empty", List.of()));
        assertRefused(List.of(), new Problem(-1, "groups.problem.empty", List.of()));
    }

    @Test
    void everyProblemIsNamedAtOnceInTheOrderOfTheForm() {
        aRoundReadyForGroups();

        assertRefused(List.of(group(null, teacher(1), teacher(9)), group(OLA, teacher(1), KARI)),
                new Problem(0, "groups.problem.no.leader", List.of()),
                new Problem(0, "groups.problem.waiting", List.of("Teacher 9")),
                new Problem(1, "groups.problem.not.a.leader", List.of("Ola 🌻")),
                new Problem(1, "groups.problem.twice", List.of("Teacher 1")),
                new Problem(1, "groups.problem.not.joined", List.of("Kari Nordmann")));
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                argumentSet("a bot", BOT.userId(), "groups.problem.bot", "Polly Bot"),
                argumentSet("a deactivated account", DEACTIVATED.userId(), "groups.problem.deactivated", "Gunnar Sluttet"),
                argumentSet("someone the workspace does not know", STRANGER, "groups.problem.stranger", STRANGER));
    }

    @ParameterizedTest
    @MethodSource("strangers")
    void aMemberWhoIsNoColleagueIsExplained(String userId, String key, String shownAs) {
        aRoundReadyForGroups();

        assertRefused(List.of(new Draft(LIV.userId(), List.of(teacher(1).userId(), userId))),
                new Problem(0, key, List.of(shownAs)));
    }

    @ParameterizedTest
    @MethodSource("strangers")
    void aLeaderWhoIsNoColleagueIsExplained(String userId, String key, String shownAs) {
        aRoundReadyForGroups();

        assertRefused(List.of(new Draft(userId, ids(teachers(1, 3)))), new Problem(0, key, List.of(shownAs)));
    }

    @Test
    void aRoundThatIsOverTakesNoGroups() {
        aRoundReadyForGroups();
        school.useCases.closeRound().close(OWNER);
        String before = school.snapshot();

        assertInstanceOf(FormGroups.NoOpenRound.class,
                school.useCases.formGroups().form(as(LIV), List.of(group(LIV, teachers(1, 3)))));
        assertEquals(before, school.snapshot());
    }

    /** The form is refused with exactly these problems, and nothing at all is saved. */
    private void assertRefused(List<Draft> drafts, Problem... expected) {
        String before = school.snapshot();
        RoundState state = school.currentRound().state();

        var invalid = assertInstanceOf(FormGroups.Invalid.class, school.useCases.formGroups().form(as(LIV), drafts));

        assertEquals(Arrays.asList(expected), invalid.problems());
        assertEquals(before, school.snapshot());
        assertEquals(state, school.currentRound().state());
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::userId).toList();
    }

    /** The workspace as the platform knows it: the school's people, a bot and a deactivated account. */
    private static People directory() {
        People people = mock(People.class);
        when(people.byId(eq(SCHOOL), anyString())).thenReturn(Optional.empty());
        List<Person> humans = new ArrayList<>(List.of(TestPeople.PRINCIPAL, KARI, OLA, LIV, PER));
        humans.addAll(teachers(1, 9));
        for (Person person : humans) {
            when(people.byId(SCHOOL, person.userId())).thenReturn(Optional.of(new People.Profile(person, false, false)));
        }
        when(people.byId(SCHOOL, BOT.userId())).thenReturn(Optional.of(new People.Profile(BOT, true, false)));
        when(people.byId(SCHOOL, DEACTIVATED.userId())).thenReturn(Optional.of(new People.Profile(DEACTIVATED, false, true)));
        return people;
    }
}
