package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;

/**
 * Ends a round's evaluation: the round is archived and its summary (the owner's figures, sealed and stored like
 * any summary) is handed back for the leaders' circle. The owner ends it by closing the round again
 * ({@link CloseRound}); a scheduler ends it when the evaluation window has passed ({@link #finishDue()}).
 */
public final class FinishEvaluation {
    /** A finished evaluation, for posting its result. */
    public record Finished(Program program, Round round, RoundFigures figures) {}

    private final Programs programs;
    private final Rounds rounds;
    private final RoundTally tally;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration window;

    /** @param window how long members have for the end-of-round reflection ({@code mentoring.evaluation.window}) */
    public FinishEvaluation(Programs programs, Rounds rounds, Groups groups, Sessions sessions, Topics topics,
            Reflections reflections, SummaryLedgers ledgers, PrivacyThreshold threshold, Transactions transactions, Clock clock,
            Duration window) {
        this.programs = programs;
        this.rounds = rounds;
        this.tally = new RoundTally(groups, sessions, topics, reflections, ledgers, threshold);
        this.transactions = transactions;
        this.clock = clock;
        this.window = Objects.requireNonNull(window, "window");
    }

    /**
     * The scheduler's hook: finishes every evaluation that began at least the window ago, each in its own unit
     * of work. Rounds closed before the start time was kept have none, and wait for their owner.
     */
    public List<Finished> finishDue() {
        Instant now = clock.instant();
        List<Long> due = transactions.inTransaction(() -> rounds.inState(RoundState.EVALUATING).stream()
                .filter(r -> r.evaluatingSince() != null && !r.evaluatingSince().plus(window).isAfter(now))
                .map(Round::id).toList());
        List<Finished> finished = new ArrayList<>();
        for (long roundId : due) {
            transactions.inTransaction(() -> {
                // Read again: the owner may have finished it meanwhile.
                Optional<Round> round = rounds.inState(RoundState.EVALUATING).stream().filter(r -> r.id() == roundId).findFirst();
                Optional<Program> program = round.flatMap(r -> programs.byId(r.programId()));
                if (round.isPresent() && program.isPresent()) {
                    finished.add(finish(program.get(), round.get()));
                }
                return null;
            });
        }
        return finished;
    }

    /** Archives the round and counts it; inside the caller's transaction. */
    Finished finish(Program program, Round round) {
        if (round.state() != RoundState.EVALUATING) {
            throw new IllegalStateException("round " + round.id() + " is not being evaluated");
        }
        RoundFigures figures = tally.forOwner(round, clock.instant());
        round.archive();
        return new Finished(program, round, figures);
    }
}
