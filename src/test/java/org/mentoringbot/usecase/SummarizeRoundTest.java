package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.summary.AttendanceRate;
import org.mentoringbot.core.summary.Change;
import org.mentoringbot.core.summary.Figure;
import org.mentoringbot.core.topic.Topic;

/** The round summary through the real use case: who may ask, and the privacy rules, tested like features. */
class SummarizeRoundTest {
    private static final double EXACT = 1e-9;

    private final ReflectingRound r = new ReflectingRound();

    private static Change.Shown shown(Change change) {
        return assertInstanceOf(Change.Shown.class, change);
    }

    /** {@code count} members in one group who gave a baseline; the round is then closed for evaluation. */
    private List<Person> groupOfWithBaselines(int count, int... baselines) {
        List<Person> people = r.join(1, count);
        r.group(1, ReflectingRound.person("leader"), people);
        for (int i = 0; i < baselines.length; i++) {
            r.baseline(people.get(i), baselines[i], baselines[i]);
        }
        r.close();
        return people;
    }

    @Test
    void withTwoAnswersTheOwnerSeesTooFewAnswers() {
        List<Person> people = groupOfWithBaselines(5, 2, 3);
        r.end(people.get(0), 4, 4, null);
        r.end(people.get(1), 5, 5, null);

        RoundFigures figures = r.ownerSees();

        assertEquals(Change.TOO_FEW_ANSWERS, figures.mastery().joiningToEnd().overall());
        assertEquals(Change.TOO_FEW_ANSWERS, figures.safety().joiningToEnd().overall());
        assertEquals(Figure.TOO_FEW_ANSWERS, figures.mastery().afterSessions().overall());
    }

    @Test
    void withThreeAnswersTheOwnerSeesTheMeansAndTheChange() {
        List<Person> people = groupOfWithBaselines(5, 2, 3, 1);
        r.end(people.get(0), 4, 3, null);
        r.end(people.get(1), 3, 3, null);
        r.end(people.get(2), 5, 3, null);

        Change.Shown mastery = shown(r.ownerSees().mastery().joiningToEnd().overall());

        assertEquals(3, mastery.respondentsCounted());
        assertEquals(2.0, mastery.joiningMean(), EXACT);
        assertEquals(4.0, mastery.endMean(), EXACT);
    }

    @Test
    void aRoundWithOneRespondentShowsNoFigureButStillItsCounts() {
        List<Person> people = groupOfWithBaselines(4, 3);
        r.end(people.get(0), 5, 5, "only me");

        RoundFigures figures = r.ownerSees();

        assertEquals(Change.TOO_FEW_ANSWERS, figures.mastery().joiningToEnd().overall());
        assertEquals(Change.TOO_FEW_ANSWERS, figures.safety().joiningToEnd().overall());
        assertEquals(4, figures.activity().participants());
        assertEquals(1, figures.activity().groups());
    }

    /**
     * The compare-two-summaries attack through the real use case: the owner asks, one more member answers, the
     * owner asks again. Whatever that member answered, the second summary is the same as the first.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void oneMoreAnswerBetweenTwoSummariesCannotBeReadOff(int newcomersAnswer) {
        List<Person> people = groupOfWithBaselines(5, 2, 3, 1, 4);
        r.end(people.get(0), 4, 4, null);
        r.end(people.get(1), 3, 3, null);
        r.end(people.get(2), 5, 5, null);
        RoundFigures before = r.ownerSees();
        assertInstanceOf(Change.Shown.class, before.mastery().joiningToEnd().overall(), "the attack needs a figure to compare");

        r.end(people.get(3), newcomersAnswer, newcomersAnswer, null);
        RoundFigures after = r.ownerSees();

        assertEquals(before, after);
    }

    @Test
    void theNewAnswersCountOnceEnoughOthersHaveJoinedThem() {
        List<Person> people = groupOfWithBaselines(6, 2, 3, 1, 4, 4, 4);
        for (int i = 0; i < 3; i++) {
            r.end(people.get(i), 4, 4, null);
        }
        RoundFigures before = r.ownerSees();
        for (int i = 3; i < 6; i++) {
            r.end(people.get(i), 5, 5, null);
        }

        Change.Shown after = shown(r.ownerSees().mastery().joiningToEnd().overall());

        assertNotEquals(before, r.ownerSees());
        assertEquals(6, after.respondentsCounted());
        assertEquals((2 + 3 + 1 + 4 + 4 + 4) / 6.0, after.joiningMean(), EXACT);
        assertEquals((3 * 4 + 3 * 5) / 6.0, after.endMean(), EXACT);
    }

    @Test
    void anEditAfterTheSummaryCannotBeReadOff() {
        List<Person> people = groupOfWithBaselines(3, 2, 3, 1);
        for (Person p : people) {
            r.end(p, 3, 3, null);
        }
        RoundFigures before = r.ownerSees();

        r.end(people.get(0), 5, 1, null);

        assertEquals(before, r.ownerSees());
    }

    @Test
    void theLedgerIsStoredSoANewInstanceAfterARestartShowsTheSameFigures() {
        List<Person> people = groupOfWithBaselines(4, 2, 3, 1, 5);
        for (int i = 0; i < 3; i++) {
            r.end(people.get(i), 4, 4, null);
        }
        RoundFigures first = r.ownerSees();
        assertFalse(r.store.ledgers.stored(r.round.id()).joiningToEndBlocks().isEmpty(), "sealed blocks are stored");

        r.end(people.get(3), 1, 1, null);
        // A fresh use case (as after a restart) reads the stored ledger, it does not recount.
        var restarted = r.store.summarizeRound(r.clock).summarize(ReflectingRound.OWNER, false);

        assertEquals(first, ((SummarizeRound.Summary) restarted).figures());
    }

    @Test
    void perGroupFiguresAreShownOnlyWhenEveryGroupHasEnoughAnswers() {
        List<Person> blue = r.join(1, 4);
        List<Person> green = r.join(11, 4);
        Person blueLeader = ReflectingRound.person("leaderBlue");
        Person greenLeader = ReflectingRound.person("leaderGreen");
        MentoringGroup blueGroup = r.group(1, blueLeader, blue);
        MentoringGroup greenGroup = r.group(2, greenLeader, green);
        blue.forEach(p -> r.baseline(p, 2, 2));
        green.forEach(p -> r.baseline(p, 3, 3));
        r.close();
        blue.subList(0, 3).forEach(p -> r.end(p, 4, 4, null));
        green.subList(0, 2).forEach(p -> r.end(p, 5, 5, null));

        RoundFigures partly = r.ownerSees();
        assertTrue(partly.mastery().joiningToEnd().perGroupSuppressed(), "green has two answers: no group is shown");
        assertTrue(partly.mastery().joiningToEnd().perGroup().isEmpty());
        assertEquals(4.0, shown(partly.mastery().joiningToEnd().overall()).endMean(), EXACT, "the overall has blue's block only");
        // Blue's leader sees no more than the owner: the owner's per-group figures are withheld, so are theirs.
        RoundFigures bluesView = leaderSees(blueLeader);
        assertEquals(Change.TOO_FEW_ANSWERS, bluesView.mastery().joiningToEnd().overall());
        assertEquals(Map.of(String.valueOf(blueGroup.id()), 1), bluesView.groupNumbers());

        r.end(green.get(2), 5, 5, null);
        RoundFigures both = r.ownerSees();
        assertFalse(both.mastery().joiningToEnd().perGroupSuppressed());
        assertEquals(4.0, shown(both.mastery().joiningToEnd().perGroup().get(String.valueOf(blueGroup.id()))).endMean(), EXACT);
        assertEquals(5.0, shown(both.mastery().joiningToEnd().perGroup().get(String.valueOf(greenGroup.id()))).endMean(), EXACT);
        // Now each leader sees their own group's figure, the same as in the owner's per-group line, and not the other's.
        RoundFigures greensView = leaderSees(greenLeader);
        assertEquals(both.mastery().joiningToEnd().perGroup().get(String.valueOf(greenGroup.id())),
                greensView.mastery().joiningToEnd().overall());
        assertEquals(List.of(String.valueOf(greenGroup.id())), List.copyOf(greensView.mastery().joiningToEnd().perGroup().keySet()));
        assertEquals(4, greensView.activity().participants(), "counts are of their own group only");
    }

    private RoundFigures leaderSees(Person leader) {
        var summary = assertInstanceOf(SummarizeRound.Summary.class, r.summarize(new Actor(leader, false), false));
        assertEquals(SummarizeRound.Audience.LEADER, summary.audience());
        assertTrue(summary.figures().limitedToGroups());
        return summary.figures();
    }

    @Test
    void aMemberMayNotAskForTheSummaryButMayPreviewExactlyWhatTheOwnerSees() {
        List<Person> people = groupOfWithBaselines(3, 2, 3, 1);
        people.forEach(p -> r.end(p, 4, 4, null));

        var refused = assertInstanceOf(SummarizeRound.NotAllowed.class, r.summarize(new Actor(people.get(0), false), false));
        assertEquals("Åse Rektor", refused.ownerName());
        var preview = assertInstanceOf(SummarizeRound.Summary.class, r.summarize(new Actor(people.get(0), false), true));

        assertEquals(SummarizeRound.Audience.PREVIEW, preview.audience());
        assertEquals(r.ownerSees(), preview.figures());
    }

    @Test
    void aWorkspaceAdminMayAskAsTheOwnerCan() {
        Person admin = ReflectingRound.person("admin");

        var summary = assertInstanceOf(SummarizeRound.Summary.class, r.summarize(new Actor(admin, true), false));

        assertEquals(SummarizeRound.Audience.OWNER, summary.audience());
    }

    @Test
    void aLeaderWithoutAGroupInThisRoundHasNoGroupSummary() {
        Person leader = ReflectingRound.person("leader");
        r.group(1, leader, r.join(1, 3));
        Person idle = ReflectingRound.person("idle");
        r.store.inTransaction(() -> r.store.leaders.add(new org.mentoringbot.core.program.Leader(r.round.programId(), idle, InMemoryStore.NOW)));

        assertInstanceOf(SummarizeRound.LeadsNoGroup.class, r.summarize(new Actor(idle, false), false));
    }

    @Test
    void withoutAProgramThereIsNoSummary() {
        var store = new InMemoryStore();

        assertInstanceOf(SummarizeRound.NoProgram.class, store.summarizeRound(store.clock).summarize(ReflectingRound.OWNER, false));
    }

    @Test
    void sessionsAttendanceAndTopicsAreCountedWithoutAuthors() {
        List<Person> people = r.join(1, 4);
        MentoringGroup group = r.group(1, ReflectingRound.person("leader"), people);
        MentoringSession held = r.sessionAgo(group, Duration.ofDays(7));
        r.sessionAgo(group, Duration.ofDays(1));
        r.sessionAgo(group, Duration.ofDays(-7)); // not held yet
        MentoringSession cancelled = r.sessionAgo(group, Duration.ofDays(3));
        r.store.inTransaction(() -> {
            cancelled.cancel();
            return null;
        });
        r.absent(held, people.get(0));
        Topic discussed = r.topic(group, people.get(0), "Foreldresamtaler som låser seg");
        r.topic(group, people.get(1), "Vurdering uten karakterer");
        Topic withdrawn = r.topic(group, people.get(2), "Trukket");
        r.store.inTransaction(() -> {
            discussed.discussed();
            withdrawn.withdraw();
            return null;
        });

        RoundFigures figures = r.ownerSees();

        assertEquals(2, figures.activity().sessionsHeld());
        assertEquals(7.0 / 8, assertInstanceOf(AttendanceRate.Shown.class, figures.activity().attendance().overall()).rate(), EXACT);
        assertEquals(2, figures.topicsProposed());
        assertEquals(1, figures.topicsDiscussed());
        assertFalse(figures.toString().contains("Foreldresamtaler") || figures.toString().contains("p1"),
                "no topic text and no person in the figures: " + figures);
    }

    @Test
    void notesNeverReachTheFigures() {
        String note = "Kari-sin-hemmelige-merknad-7731";
        List<Person> people = groupOfWithBaselines(3, 2, 3, 1);
        people.forEach(p -> r.end(p, 4, 4, note));

        RoundFigures figures = r.ownerSees();

        assertInstanceOf(Change.Shown.class, figures.mastery().joiningToEnd().overall());
        assertFalse(figures.toString().contains(note));
        assertFalse(r.store.ledgers.stored(r.round.id()).toString().contains(note));
    }
}
