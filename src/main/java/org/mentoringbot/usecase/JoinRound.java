package org.mentoringbot.usecase;

import java.time.Clock;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** Someone opts in to the program's open round. Joining twice changes nothing. */
public final class JoinRound {
    /** What happened. */
    public sealed interface Result {}

    public record Joined(Round round, long enrolled) implements Result {}

    public record AlreadyIn(Round round, MembershipStatus status) implements Result {}

    public record NoProgram() implements Result {}

    public record NoOpenRound() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Transactions transactions;
    private final Clock clock;

    public JoinRound(Programs programs, Rounds rounds, Memberships memberships, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result join(Person person) {
        return transactions.inTransaction(() -> {
            var program = programs.inWorkspace(person.workspace());
            if (program.isEmpty()) {
                return new NoProgram();
            }
            var round = rounds.latest(program.get().id()).filter(Round::acceptsMembers);
            if (round.isEmpty()) {
                return new NoOpenRound();
            }
            long roundId = round.get().id();
            var existing = memberships.find(roundId, person.userId());
            if (existing.isPresent()) {
                return new AlreadyIn(round.get(), existing.get().status());
            }
            memberships.add(new Membership(roundId, person, MembershipStatus.ENROLLED, clock.instant()));
            return new Joined(round.get(), memberships.count(roundId, MembershipStatus.ENROLLED));
        });
    }
}
