package org.mentoringbot.usecase;

import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/**
 * The owner ends the round. First close: the round moves to evaluation (members give their
 * end-of-round reflection). Closing again ends the evaluation early. History is always kept.
 */
public final class CloseRound {
    /** What happened. */
    public sealed interface Result {}

    public record Evaluating(Round round) implements Result {}

    public record Archived(Round round) implements Result {}

    public record NothingToClose() implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Transactions transactions;

    public CloseRound(Programs programs, Rounds rounds, Leaders leaders, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.transactions = transactions;
    }

    public Result close(Actor actor) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            if (!new Roles(leaders).isOwner(current.get().program(), actor)) {
                return new NotOwner(current.get().program().ownerName());
            }
            var round = current.get().round().filter(r -> r.state() != RoundState.CLOSED);
            if (round.isEmpty()) {
                return new NothingToClose();
            }
            if (round.get().state() == RoundState.EVALUATING) {
                round.get().archive();
                return new Archived(round.get());
            }
            round.get().close();
            return new Evaluating(round.get());
        });
    }
}
