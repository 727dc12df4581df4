package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;

/** The owner names group leaders. Naming someone twice changes nothing. */
public final class AddLeaders {
    /** What happened. */
    public sealed interface Result {}

    public record Added(Program program, List<Person> added, List<Person> alreadyLeaders) implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Transactions transactions;
    private final Clock clock;

    public AddLeaders(Programs programs, Rounds rounds, Leaders leaders, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result add(Actor actor, List<Person> people) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            Program program = current.get().program();
            if (!new Roles(leaders).isOwner(program, actor)) {
                return new NotOwner(program.ownerName());
            }
            List<Person> added = new ArrayList<>();
            List<Person> already = new ArrayList<>();
            for (Person person : people) {
                if (leaders.find(program.id(), person.userId()).isPresent() || added.contains(person)) {
                    already.add(person);
                } else {
                    leaders.add(new Leader(program.id(), person, clock.instant()));
                    added.add(person);
                }
            }
            return new Added(program, added, already);
        });
    }
}
