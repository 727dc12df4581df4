package org.mentoringbot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The owner asks for a summary after every change and subtracts summaries from each other; they must never learn
 * one member's answer that way.
 */
class DifferenceAttackTest {

    private static final int K = 3;

    @Test
    void the_sixth_answer_cannot_be_read_off_by_comparing_two_summaries() {
        // Two rounds that differ only in what the fifth and sixth member answered at the end.
        List<ScaleSummary> sixthSaidTwo = ownerAsksAfterEachOf(4, 2);
        List<ScaleSummary> sixthSaidFour = ownerAsksAfterEachOf(2, 4);

        assertEquals(sixthSaidTwo, sixthSaidFour);
        assertNotEquals(sixthSaidTwo.get(4), sixthSaidTwo.get(5), "the sixth answer does complete a block");
    }

    private static List<ScaleSummary> ownerAsksAfterEachOf(int fifthEnd, int sixthEnd) {
        RoundAnswers round = new RoundAnswers(K, "blue");
        int[][] answers = {{2, 4}, {3, 3}, {1, 5}, {4, 4}, {3, fifthEnd}, {2, sixthEnd}};
        List<ScaleSummary> seen = new ArrayList<>();
        for (int person = 0; person < answers.length; person++) {
            round.joiningAndEnd("p" + person, "blue", answers[person][0], answers[person][1]);
            seen.add(round.summary());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void when_one_member_erases_and_another_answers_between_two_summaries_the_owner_sees_no_change(int newcomer) {
        RoundAnswers round = new RoundAnswers(K, "blue")
                .joiningAndEnd("pia", "blue", 2, 4)
                .joiningAndEnd("ola", "blue", 3, 3)
                .joiningAndEnd("kari", "blue", 1, 5)
                .joiningAndEnd("siri", "blue", 4, 2)
                .joiningAndEnd("tor", "blue", 3, 3)
                .joiningAndEnd("liv", "blue", 2, 5);
        ScaleSummary before = round.summary();

        // Recomputing from the current answers would show the difference newcomer - ola here.
        round.erase("ola").joiningAndEnd("ada", "blue", newcomer, newcomer);

        assertEquals(before, round.summary());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5})
    void an_edit_between_two_summaries_cannot_be_read_off(int editedTo) {
        RoundAnswers round = new RoundAnswers(K, "blue")
                .joiningAndEnd("pia", "blue", 2, 3)
                .joiningAndEnd("ola", "blue", 3, 3)
                .joiningAndEnd("kari", "blue", 1, 5);
        ScaleSummary before = round.summary();

        round.answer("pia", "blue", Occasion.ROUND_END, editedTo);

        assertEquals(before, round.summary());
    }

    /**
     * A whole round, the owner asking after every event: for every answer given (edits included) there is another
     * round, in which that answer was different, that shows the owner exactly the same summaries.
     */
    @Test
    void no_answer_in_a_round_can_be_computed_from_the_summaries_the_owner_saw() {
        List<List<Event>> betweenSummaries = List.of(
                List.of(answer("pia", "blue", Occasion.JOINING, 2)),
                List.of(answer("ada", "green", Occasion.JOINING, 4)),
                List.of(answer("ola", "blue", Occasion.JOINING, 3)),
                List.of(answer("pia", "blue", Occasion.ROUND_END, 4)),
                List.of(answer("kari", "blue", Occasion.JOINING, 1)),
                List.of(answer("ola", "blue", Occasion.ROUND_END, 3)),
                List.of(answer("kari", "blue", Occasion.ROUND_END, 2)),
                List.of(answer("pia", "blue", Occasion.ROUND_END, 5)),
                List.of(answer("siri", "blue", Occasion.JOINING, 3)),
                List.of(answer("siri", "blue", Occasion.ROUND_END, 4)),
                List.of(erase("ola"), answer("tor", "blue", Occasion.JOINING, 2)),
                List.of(answer("tor", "blue", Occasion.ROUND_END, 2)),
                List.of(answer("liv", "blue", Occasion.JOINING, 4)),
                List.of(answer("liv", "blue", Occasion.ROUND_END, 3)),
                List.of(answer("bo", "green", Occasion.JOINING, 2)),
                List.of(answer("ada", "green", Occasion.ROUND_END, 3)));
        List<ScaleSummary> seen = ownerSees(betweenSummaries, Map.of());
        assertTrue(seen.stream().anyMatch(summary -> summary.joiningToEnd().overall() instanceof Change.Shown),
                "the round must show something for the check to mean anything");

        List<Integer> answerPositions = new ArrayList<>();
        List<Event> events = betweenSummaries.stream().flatMap(List::stream).toList();
        for (int position = 0; position < events.size(); position++) {
            if (events.get(position) instanceof Answer) {
                answerPositions.add(position);
            }
        }
        for (int target : answerPositions) {
            if (!anotherRoundLooksTheSame(betweenSummaries, answerPositions, target, seen)) {
                fail("the owner can compute " + events.get(target) + " from the summaries");
            }
        }
    }

    // Change the target answer, and at most one other answer to make up for it, and compare what the owner sees.
    private static boolean anotherRoundLooksTheSame(
            List<List<Event>> betweenSummaries, List<Integer> answerPositions, int target, List<ScaleSummary> seen) {
        int actual = ((Answer) flatten(betweenSummaries).get(target)).value();
        for (int otherValue = ScaleAnswer.LOWEST; otherValue <= ScaleAnswer.HIGHEST; otherValue++) {
            if (otherValue == actual) {
                continue;
            }
            for (int compensating : answerPositions) {
                for (int value = ScaleAnswer.LOWEST; value <= ScaleAnswer.HIGHEST; value++) {
                    Map<Integer, Integer> changed = new HashMap<>();
                    changed.put(compensating, value);
                    changed.put(target, otherValue);
                    if (ownerSees(betweenSummaries, changed).equals(seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Random rounds of answers, edits, erasures and an erasure with a new answer between two summaries. Whatever
     * two summaries the owner compares, a figure either stayed exactly the same or now counts at least k more
     * answers, so the difference is never about fewer than k people; and the overall is exactly the sum of the
     * groups, so subtracting groups from it leaves nothing.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void any_two_summaries_differ_by_nothing_or_by_at_least_k_answers(long seed) {
        Random random = new Random(seed);
        List<String> groups = List.of("blue", "green", "red");
        RoundAnswers round = new RoundAnswers(K, groups.toArray(String[]::new));
        Map<String, String> groupOf = new LinkedHashMap<>();
        Map<String, List<Cell>> seenPerCell = new HashMap<>();
        int nextPerson = 0;

        for (int step = 0; step < 150; step++) {
            int roll = random.nextInt(100);
            // Below 10 a member erases and, in the else branch, someone answers before the owner asks again.
            if (roll < 10 && !groupOf.isEmpty()) {
                String leaver = List.copyOf(groupOf.keySet()).get(random.nextInt(groupOf.size()));
                round.erase(leaver);
                groupOf.remove(leaver);
            }
            List<String> people = List.copyOf(groupOf.keySet());
            if (roll >= 10 && roll < 30 && !round.currentAnswers().isEmpty()) {
                ScaleAnswer edited = round.currentAnswers().get(random.nextInt(round.currentAnswers().size()));
                round.answer(edited.respondentId(), edited.groupId(), edited.scale(), edited.occasion(),
                        1 + random.nextInt(5));
            } else {
                String person;
                if (people.isEmpty() || random.nextInt(3) == 0) {
                    person = "m" + nextPerson++;
                    groupOf.put(person, groups.get(random.nextInt(groups.size())));
                } else {
                    person = people.get(random.nextInt(people.size()));
                }
                Occasion occasion = switch (random.nextInt(3)) {
                    case 0 -> Occasion.JOINING;
                    case 1 -> Occasion.ROUND_END;
                    default -> Occasion.afterSession("s" + random.nextInt(6));
                };
                round.answer(person, groupOf.get(person), occasion, 1 + random.nextInt(5));
            }

            ScaleSummary summary = round.summary();
            Map<String, Cell> cells = cellsOf(summary);
            int asked = step;
            assertOverallIsTheSumOfTheGroups(summary);
            cells.forEach((name, cell) -> {
                List<Cell> earlier = seenPerCell.computeIfAbsent(name, key -> new ArrayList<>(List.of(Cell.NOTHING)));
                for (Cell before : earlier) {
                    int more = cell.counted() - before.counted();
                    boolean same = cell.equals(before);
                    if (!same && more < K) {
                        fail(name + " went from " + before + " to " + cell + " at step " + asked);
                    }
                }
                earlier.add(cell);
            });
        }
        assertTrue(seenPerCell.values().stream().flatMap(List::stream).anyMatch(cell -> cell.counted() >= 2 * K),
                "the round must grow past a single block for the check to mean anything");
    }

    /** A cell as the owner can use it: how many answers, and their sums, recovered from the means. */
    private record Cell(int counted, long firstSum, long secondSum) {
        static final Cell NOTHING = new Cell(0, 0, 0);
    }

    private static Map<String, Cell> cellsOf(ScaleSummary summary) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("after sessions overall", cellOf(summary.afterSessions().overall()));
        summary.afterSessions().perGroup().forEach((group, figure) ->
                cells.put("after sessions " + group, cellOf(figure)));
        cells.put("joining to end overall", cellOf(summary.joiningToEnd().overall()));
        summary.joiningToEnd().perGroup().forEach((group, change) ->
                cells.put("joining to end " + group, cellOf(change)));
        cells.values().removeIf(Cell.NOTHING::equals);
        return cells;
    }

    private static Cell cellOf(Figure figure) {
        return figure instanceof Figure.Shown shown
                ? new Cell(shown.answersCounted(), Math.round(shown.mean() * shown.answersCounted()), 0)
                : Cell.NOTHING;
    }

    private static Cell cellOf(Change change) {
        return change instanceof Change.Shown shown
                ? new Cell(shown.respondentsCounted(),
                        Math.round(shown.joiningMean() * shown.respondentsCounted()),
                        Math.round(shown.endMean() * shown.respondentsCounted()))
                : Cell.NOTHING;
    }

    private static void assertOverallIsTheSumOfTheGroups(ScaleSummary summary) {
        if (!summary.afterSessions().perGroup().isEmpty()) {
            Cell total = summary.afterSessions().perGroup().values().stream()
                    .map(DifferenceAttackTest::cellOf).reduce(Cell.NOTHING, DifferenceAttackTest::plus);
            assertEquals(cellOf(summary.afterSessions().overall()), total);
        }
        if (!summary.joiningToEnd().perGroup().isEmpty()) {
            Cell total = summary.joiningToEnd().perGroup().values().stream()
                    .map(DifferenceAttackTest::cellOf).reduce(Cell.NOTHING, DifferenceAttackTest::plus);
            assertEquals(cellOf(summary.joiningToEnd().overall()), total);
        }
    }

    private static Cell plus(Cell one, Cell other) {
        return new Cell(one.counted() + other.counted(), one.firstSum() + other.firstSum(),
                one.secondSum() + other.secondSum());
    }

    private sealed interface Event permits Answer, Erase {
    }

    private record Answer(String person, String group, Occasion occasion, int value) implements Event {
    }

    private record Erase(String person) implements Event {
    }

    private static Event answer(String person, String group, Occasion occasion, int value) {
        return new Answer(person, group, occasion, value);
    }

    private static Event erase(String person) {
        return new Erase(person);
    }

    private static List<Event> flatten(List<List<Event>> betweenSummaries) {
        return betweenSummaries.stream().flatMap(List::stream).toList();
    }

    /** Replays the round, with some answers given other values, and returns every summary the owner saw. */
    private static List<ScaleSummary> ownerSees(List<List<Event>> betweenSummaries, Map<Integer, Integer> changed) {
        RoundAnswers round = new RoundAnswers(K, "blue", "green");
        List<ScaleSummary> seen = new ArrayList<>();
        int position = 0;
        for (List<Event> events : betweenSummaries) {
            for (Event event : events) {
                if (event instanceof Answer answer) {
                    round.answer(answer.person(), answer.group(), answer.occasion(),
                            changed.getOrDefault(position, answer.value()));
                } else if (event instanceof Erase erase) {
                    round.erase(erase.person());
                }
                position++;
            }
            seen.add(round.summary());
        }
        return seen;
    }
}
