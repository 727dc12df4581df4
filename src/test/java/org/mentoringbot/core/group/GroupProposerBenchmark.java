package org.mentoringbot.core.group;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wall time of {@link GroupProposer#propose} for schools of growing size, printed to stdout.
 * Left out of the default test run; run it with
 * {@code mvn -B -o test -Dtest=GroupProposerBenchmark -DexcludedTestGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class GroupProposerBenchmark {

    private static final int WARM_UP_RUNS = 10;
    private static final int MEASURED_RUNS = 11;

    @ParameterizedTest(name = "{0} candidates")
    @ValueSource(ints = {100, 1_000, 10_000})
    void proposeGroups(int people) {
        ProposalRequest request = school(people, new Random(people));
        measure("%,d candidates".formatted(people), request);
    }

    /** The slowest case: a conflict no proposal can avoid keeps the search going until its budget is spent. */
    @Test
    void proposeGroupsWhenAConflictCannotBeAvoided() {
        ProposalRequest school = school(10_000, new Random(1));
        Set<PersonPair> neverTogether = new HashSet<>(school.neverTogether());
        neverTogether.add(PersonPair.of("leader-0", "person-1"));
        var request = new ProposalRequest(school.candidates(), List.of("leader-0"), school.targetSize(),
                school.earlierGroupmates(), neverTogether, school.seed());
        measure("10,000 candidates, one leader who must not meet one of them", request);
    }

    private static void measure(String label, ProposalRequest request) {
        GroupProposer proposer = new GroupProposer();
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            proposer.propose(request);
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            Proposal proposal = proposer.propose(request);
            nanos[run] = System.nanoTime() - start;
            assertFalse(proposal.groups().isEmpty());
        }
        Arrays.sort(nanos);
        System.out.printf("GroupProposer, %s (%,d earlier-groupmate pairs, %,d never-together pairs): "
                        + "median %.1f ms, min %.1f ms over %d runs%n",
                label, request.earlierGroupmates().size(), request.neverTogether().size(),
                nanos[MEASURED_RUNS / 2] / 1e6, nanos[0] / 1e6, MEASURED_RUNS);
    }

    /**
     * Mostly teachers, target size 5, a leader per two groups, every fifth person in last round's
     * groups of five, and one never-together pair per hundred people.
     */
    private static ProposalRequest school(int people, Random random) {
        String[] roles = {"teacher", "teacher", "teacher", "special-educator", "special-educator", "assistant", null};
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            candidates.add(new Candidate("person-" + i, roles[random.nextInt(roles.length)]));
        }
        List<String> leaders = IntStream.range(0, people / 10).mapToObj(i -> "leader-" + i).toList();
        List<String> lastRound = IntStream.range(0, people).filter(i -> i % 5 == 0).mapToObj(i -> "person-" + i).toList();
        Set<PersonPair> earlierGroupmates = new HashSet<>();
        for (int first = 0; first + 5 <= lastRound.size(); first += 5) {
            for (int a = first; a < first + 5; a++) {
                for (int b = a + 1; b < first + 5; b++) {
                    earlierGroupmates.add(PersonPair.of(lastRound.get(a), lastRound.get(b)));
                }
            }
        }
        Set<PersonPair> neverTogether = new HashSet<>();
        while (neverTogether.size() < people / 100) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b) {
                neverTogether.add(PersonPair.of("person-" + a, "person-" + b));
            }
        }
        return new ProposalRequest(candidates, leaders, 5, earlierGroupmates, neverTogether, 1);
    }
}
