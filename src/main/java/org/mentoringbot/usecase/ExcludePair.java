package org.mentoringbot.usecase;

import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.NeverTogether;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;

/** The owner asks that two people never be put in one group (say, someone and their line manager). */
public final class ExcludePair {
    /** What happened. */
    public sealed interface Result {}

    public record Excluded(Person one, Person other) implements Result {}

    public record AlreadyExcluded(Person one, Person other) implements Result {}

    public record SamePerson() implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Groups groups;
    private final Transactions transactions;

    public ExcludePair(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result exclude(Actor actor, Person one, Person other) {
        if (one.userId().equals(other.userId())) {
            return new SamePerson();
        }
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            var program = current.get().program();
            if (!new Roles(leaders).isOwner(program, actor)) {
                return new NotOwner(program.ownerName());
            }
            if (groups.findNeverTogether(program.id(), one.userId(), other.userId()).isPresent()) {
                return new AlreadyExcluded(one, other);
            }
            groups.add(new NeverTogether(program.id(), one.userId(), other.userId()));
            return new Excluded(one, other);
        });
    }
}
