package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.ProposalProblem;
import org.mentoringbot.core.member.Person;

/** The owner keeps two people apart (say, a teacher and their line manager); proposals respect it. */
class ExcludePairTest {
    private final SchoolProgram school = new SchoolProgram();
    private final ExcludePair excludePair = school.useCases.excludePair();

    @Test
    void twoPeopleAreKeptApart() {
        var excluded = assertInstanceOf(ExcludePair.Excluded.class, excludePair.exclude(OWNER, KARI, OLA));

        assertEquals(KARI, excluded.one());
        assertEquals(OLA, excluded.other());
        assertEquals(List.of("U0KARI+U0OLA"), pairs());
    }

    @Test
    void someoneCannotBeKeptApartFromThemselves() {
        assertInstanceOf(ExcludePair.SamePerson.class, excludePair.exclude(OWNER, KARI, KARI));
        // The same user whatever name the platform gave this time.
        assertInstanceOf(ExcludePair.SamePerson.class,
                excludePair.exclude(OWNER, KARI, new Person(KARI.workspace(), KARI.userId(), "Kari N.")));
        assertEquals(List.of(), pairs());
    }

    @Test
    void theSamePairAgainIsAlreadyExcludedInEitherOrderAndStoredOnce() {
        excludePair.exclude(OWNER, KARI, OLA);

        assertInstanceOf(ExcludePair.AlreadyExcluded.class, excludePair.exclude(OWNER, KARI, OLA));
        var reversed = assertInstanceOf(ExcludePair.AlreadyExcluded.class, excludePair.exclude(OWNER, OLA, KARI));

        assertEquals(OLA, reversed.one());
        assertEquals(List.of("U0KARI+U0OLA"), pairs());
    }

    @Test
    void aPairSharingOnePersonIsAnotherPair() {
        excludePair.exclude(OWNER, KARI, OLA);

        assertInstanceOf(ExcludePair.Excluded.class, excludePair.exclude(OWNER, KARI, teacher(1)));
        assertEquals(2, pairs().size());
    }

    @Test
    void proposedGroupsKeepExcludedPeopleApart() {
        // Nine people in three groups of three; teacher 1 may sit with neither teacher 2 to 6,
        // so only a group with two of teachers 7 to 9 will do (3 of the 28 possible pairs).
        school.addLeaders(LIV, PER);
        school.groupSize(3);
        school.join(teachers(1, 9));
        for (int n = 2; n <= 6; n++) {
            assertInstanceOf(ExcludePair.Excluded.class, excludePair.exclude(OWNER, teacher(1), teacher(n)));
        }

        var proposed = assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(OWNER));

        assertEquals(3, proposed.groups().size());
        var withTeacher1 = proposed.groups().stream().filter(g -> g.members().contains(teacher(1))).findFirst().orElseThrow();
        for (int n = 2; n <= 6; n++) {
            assertFalse(withTeacher1.members().contains(teacher(n)), "teacher 1 with teacher " + n + ": " + withTeacher1);
        }
        proposed.groups().forEach(g -> assertEquals(0, g.rationale().neverTogetherBroken()));
        assertFalse(proposed.problems().contains(ProposalProblem.NEVER_TOGETHER_UNSATISFIABLE));
    }

    private List<String> pairs() {
        return school.store.inTransaction(() -> school.store.groups.neverTogether(school.program.id())).stream()
                .map(n -> n.userA() + "+" + n.userB()).toList();
    }
}
