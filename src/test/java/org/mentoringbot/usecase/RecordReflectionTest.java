package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.session.MentoringSession;

class RecordReflectionTest {
    private final ReflectingRound r = new ReflectingRound();

    private List<Reflection> stored() {
        return r.store.reflections.all();
    }

    private ReflectionProblem refused(RecordReflection.Result result) {
        return assertInstanceOf(RecordReflection.Refused.class, result).problem();
    }

    @Test
    void whileTheRoundStartsTheReflectionDueIsTheBaseline() {
        Person kari = r.join(1, 1).get(0);

        var recorded = assertInstanceOf(RecordReflection.Recorded.class,
                r.reflect(kari, ReflectionOccasion.DUE_NOW, 4, 2, "  Jeg tar med meg ro  "));

        assertEquals(ReflectionOccasion.BASELINE, recorded.occasion());
        Reflection saved = stored().get(0);
        assertEquals(Reflection.Kind.BASELINE, saved.kind());
        assertEquals(List.of(4, 2, "Jeg tar med meg ro"), List.of(saved.mastery(), saved.safety(), saved.note()));
        assertNull(saved.groupId(), "no group yet");
    }

    @Test
    void answeringTheSameOccasionAgainEditsTheAnswer() {
        Person kari = r.join(1, 1).get(0);
        r.reflect(kari, ReflectionOccasion.BASELINE, 2, 2, "first");

        var again = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(kari, ReflectionOccasion.BASELINE, 5, 3, null));

        assertTrue(again.edited());
        assertEquals(1, stored().size());
        assertEquals(List.of(5, 3), List.of(stored().get(0).mastery(), stored().get(0).safety()));
        assertNull(stored().get(0).note(), "an empty note clears the old one");
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "6, 3", "3, 0", "3, 6", "-1, 3", "2147483647, 1"})
    void valuesOutsideOneToFiveAreRefusedAndNothingIsStored(int mastery, int safety) {
        Person kari = r.join(1, 1).get(0);

        assertEquals(ReflectionProblem.SCALE_OUT_OF_RANGE, refused(r.reflect(kari, ReflectionOccasion.DUE_NOW, mastery, safety, "x")));
        assertTrue(stored().isEmpty());
    }

    @Test
    void aNoteOverTheLimitIsRefusedAndOneAtTheLimitIsKept() {
        Person kari = r.join(1, 1).get(0);
        String atLimit = "🌻".repeat(Reflection.MAX_NOTE_LENGTH); // code points, not UTF-16 units

        assertEquals(ReflectionProblem.NOTE_TOO_LONG, refused(r.reflect(kari, ReflectionOccasion.BASELINE, 3, 3, atLimit + "x")));
        assertTrue(stored().isEmpty());
        assertInstanceOf(RecordReflection.Recorded.class, r.reflect(kari, ReflectionOccasion.BASELINE, 3, 3, atLimit));
    }

    @Test
    void someoneNotInTheRoundIsRefused() {
        r.join(1, 1);

        assertEquals(ReflectionProblem.NOT_IN_ROUND, refused(r.reflect(ReflectingRound.person("stranger"), ReflectionOccasion.DUE_NOW, 3, 3, null)));
        r.store.waiting(r.round, ReflectingRound.person("waiting"));
        assertEquals(ReflectionProblem.NOT_IN_ROUND, refused(r.reflect(ReflectingRound.person("waiting"), ReflectionOccasion.BASELINE, 3, 3, null)));
        assertTrue(stored().isEmpty());
    }

    @Test
    void withoutAProgramThereIsNothingToReflectOn() {
        var store = new InMemoryStore();

        assertEquals(ReflectionProblem.NO_PROGRAM, refused(store.recordReflection(store.clock)
                .record(TestPeople.KARI, ReflectionOccasion.DUE_NOW, 3, 3, null)));
    }

    @Test
    void afterASessionTheReflectionDueIsTheLatestEndedSessionNotYetReflectedOn() {
        List<Person> people = r.join(1, 3);
        MentoringGroup group = r.group(1, ReflectingRound.person("leader"), people);
        MentoringSession first = r.sessionAgo(group, Duration.ofDays(14));
        MentoringSession second = r.sessionAgo(group, Duration.ofDays(7));
        r.sessionAgo(group, Duration.ofDays(-7)); // next week's: not over

        var due = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(people.get(0), ReflectionOccasion.DUE_NOW, 3, 4, null));
        assertEquals(ReflectionOccasion.session(second.id()), due.occasion());
        assertEquals(second.startsAt(), due.sessionStartsAt());
        assertEquals(group.id(), stored().get(0).groupId());

        var next = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(people.get(0), ReflectionOccasion.DUE_NOW, 2, 2, null));
        assertEquals(ReflectionOccasion.session(first.id()), next.occasion(), "the earlier one had not been answered");

        var edit = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(people.get(0), ReflectionOccasion.DUE_NOW, 5, 5, null));
        assertEquals(ReflectionOccasion.session(second.id()), edit.occasion(), "all answered: the latest, edited");
        assertTrue(edit.edited());
        assertEquals(2, stored().size());
    }

    @Test
    void beforeTheGroupsFirstSessionHasEndedTheBaselineIsStillDue() {
        List<Person> people = r.join(1, 3);
        MentoringGroup group = r.group(1, ReflectingRound.person("leader"), people);
        r.sessionAgo(group, Duration.ofMinutes(30)); // under way

        var due = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(people.get(1), ReflectionOccasion.DUE_NOW, 3, 3, null));

        assertEquals(ReflectionOccasion.BASELINE, due.occasion());
    }

    @Test
    void aSessionOfAnotherGroupACancelledOneAndOneNotYetOverAreRefused() {
        List<Person> people = r.join(1, 6);
        MentoringGroup mine = r.group(1, ReflectingRound.person("leaderA"), people.subList(0, 3));
        MentoringGroup theirs = r.group(2, ReflectingRound.person("leaderB"), people.subList(3, 6));
        MentoringSession theirSession = r.sessionAgo(theirs, Duration.ofDays(2));
        MentoringSession cancelled = r.sessionAgo(mine, Duration.ofDays(3));
        r.store.inTransaction(() -> {
            cancelled.cancel();
            return null;
        });
        MentoringSession underWay = r.sessionAgo(mine, Duration.ofMinutes(10));
        Person kari = people.get(0);

        assertEquals(ReflectionProblem.NO_SUCH_SESSION, refused(r.reflect(kari, ReflectionOccasion.session(theirSession.id()), 3, 3, null)));
        assertEquals(ReflectionProblem.NO_SUCH_SESSION, refused(r.reflect(kari, ReflectionOccasion.session(cancelled.id()), 3, 3, null)));
        assertEquals(ReflectionProblem.NO_SUCH_SESSION, refused(r.reflect(kari, ReflectionOccasion.session(999), 3, 3, null)));
        assertEquals(ReflectionProblem.SESSION_NOT_OVER, refused(r.reflect(kari, ReflectionOccasion.session(underWay.id()), 3, 3, null)));
        assertEquals(ReflectionProblem.NO_SUCH_SESSION,
                refused(r.reflect(r.join(7, 1).get(0), ReflectionOccasion.session(theirSession.id()), 3, 3, null)),
                "someone with no group had no session");
        assertTrue(stored().isEmpty());
    }

    @Test
    void theEndOfRoundReflectionOpensWhenTheRoundClosesAndThenTheBaselineHasPassed() {
        Person kari = r.join(1, 1).get(0);
        assertEquals(ReflectionProblem.END_NOT_YET, refused(r.reflect(kari, ReflectionOccasion.END_OF_ROUND, 3, 3, null)));

        r.close();

        var due = assertInstanceOf(RecordReflection.Recorded.class, r.reflect(kari, ReflectionOccasion.DUE_NOW, 4, 4, null));
        assertEquals(ReflectionOccasion.END_OF_ROUND, due.occasion());
        assertEquals(ReflectionProblem.BASELINE_PASSED, refused(r.reflect(kari, ReflectionOccasion.BASELINE, 3, 3, null)));
        assertEquals(1, stored().size());
    }

    @Test
    void aClosedRoundTakesNoMoreReflections() {
        Person kari = r.join(1, 1).get(0);
        r.close();
        r.close();
        assertEquals(RoundState.CLOSED, r.round.state());

        assertEquals(ReflectionProblem.ROUND_OVER, refused(r.reflect(kari, ReflectionOccasion.DUE_NOW, 3, 3, null)));
        assertTrue(stored().isEmpty());
    }

    @Test
    void theFormShowsTheOccasionDueAndTheEarlierAnswer() {
        Person kari = r.join(1, 1).get(0);
        var show = r.store.showReflections(r.clock);
        var empty = assertInstanceOf(ShowReflections.Draft.class, show.draft(kari, ReflectionOccasion.DUE_NOW));
        assertEquals(ReflectionOccasion.BASELINE, empty.occasion());
        assertTrue(empty.earlier().isEmpty());

        r.reflect(kari, ReflectionOccasion.BASELINE, 2, 4, "mitt notat");

        var draft = assertInstanceOf(ShowReflections.Draft.class, show.draft(kari, ReflectionOccasion.DUE_NOW));
        assertEquals(List.of(2, 4, "mitt notat"),
                List.of(draft.earlier().get().mastery(), draft.earlier().get().safety(), draft.earlier().get().note()));
        var own = assertInstanceOf(ShowReflections.Own.class, show.own(kari));
        assertEquals(1, own.reflections().size());
        assertEquals("mitt notat", own.reflections().get(0).note());
        assertTrue(((ShowReflections.Own) show.own(ReflectingRound.person("p2"))).reflections().isEmpty(),
                "nobody sees another's reflections");
    }
}
