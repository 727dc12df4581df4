package org.mentoringbot.usecase;

import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** Someone leaves the round at once, with no questions asked. */
public final class LeaveRound {
    /** What happened. */
    public sealed interface Result {}

    public record Left(Round round) implements Result {}

    public record NotIn() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Transactions transactions;

    public LeaveRound(Programs programs, Rounds rounds, Memberships memberships, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public Result leave(Person person) {
        return transactions.inTransaction(() -> {
            var round = programs.inWorkspace(person.workspace()).flatMap(p -> rounds.latest(p.id()));
            var membership = round.flatMap(r -> memberships.find(r.id(), person.userId()));
            if (membership.isEmpty()) {
                return new NotIn();
            }
            memberships.remove(membership.get());
            return new Left(round.get());
        });
    }
}
