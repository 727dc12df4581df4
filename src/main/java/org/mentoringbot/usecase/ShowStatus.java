package org.mentoringbot.usecase;

import java.util.Optional;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** Where the program stands, and where the asker stands in it. */
public final class ShowStatus {
    /** What the asker may see. */
    public sealed interface Result {}

    /**
     * @param ownStatus the asker's place in the round, empty when they have not joined
     */
    public record Status(Program program, Round round, Optional<MembershipStatus> ownStatus,
            long enrolled, long waiting) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Transactions transactions;

    public ShowStatus(Programs programs, Rounds rounds, Memberships memberships, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public Result status(Person person) {
        return transactions.inTransaction(() -> {
            var program = programs.inWorkspace(person.workspace());
            var round = program.flatMap(p -> rounds.latest(p.id()));
            if (round.isEmpty()) {
                return new NoProgram();
            }
            long roundId = round.get().id();
            return new Status(program.get(), round.get(),
                    memberships.find(roundId, person.userId()).map(m -> m.status()),
                    memberships.count(roundId, MembershipStatus.ENROLLED),
                    memberships.count(roundId, MembershipStatus.WAITING));
        });
    }
}
