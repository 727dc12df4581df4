package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/**
 * The owner ends the round. First close: the round moves to evaluation, and every member is invited to their
 * end-of-round reflection. Closing again ends the evaluation early ({@link FinishEvaluation}): the round is
 * archived and its summary goes to the leaders. History is always kept.
 */
public final class CloseRound {
    /** What happened. */
    public sealed interface Result {}

    /**
     * @param invited everyone enrolled in the round and not on a break, all alike: not answering is never singled out
     */
    public record Evaluating(Round round, List<Person> invited) implements Result {}

    /** The evaluation is over; {@code finished} carries the summary for the leaders' circle. */
    public record Archived(Round round, FinishEvaluation.Finished finished) implements Result {}

    public record NothingToClose() implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Memberships memberships;
    private final FinishEvaluation finishing;
    private final Transactions transactions;
    private final Clock clock;

    public CloseRound(Programs programs, Rounds rounds, Leaders leaders, Memberships memberships, FinishEvaluation finishing,
            Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.memberships = memberships;
        this.finishing = finishing;
        this.transactions = transactions;
        this.clock = clock;
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
                return new Archived(round.get(), finishing.finish(current.get().program(), round.get()));
            }
            round.get().close(clock.instant());
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            List<Person> invited = memberships.inRound(round.get().id(), MembershipStatus.ENROLLED).stream()
                    .filter(m -> !m.isPausedOn(today))
                    .map(m -> m.person(actor.person().workspace()))
                    .toList();
            return new Evaluating(round.get(), invited);
        });
    }
}
