package org.mentoringbot.usecase;

import java.util.List;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/** The owner takes someone off the leaders, unless groups of the current round still need them. */
public final class RemoveLeader {
    /** What happened. */
    public sealed interface Result {}

    public record Removed(Program program, Person person) implements Result {}

    public record NotALeader(Person person) implements Result {}

    /** They lead these groups in the round under way; groups are never left without a leader. */
    public record StillLeadsGroups(Person person, List<Integer> groupNumbers) implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Groups groups;
    private final Transactions transactions;

    public RemoveLeader(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Result remove(Actor actor, Person person) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty()) {
                return new NoProgram();
            }
            Program program = current.get().program();
            if (!new Roles(leaders).isOwner(program, actor)) {
                return new NotOwner(program.ownerName());
            }
            var leader = leaders.find(program.id(), person.userId());
            if (leader.isEmpty()) {
                return new NotALeader(person);
            }
            List<Integer> led = current.get().round()
                    .filter(r -> r.state() != RoundState.CLOSED)
                    .map(r -> groups.ofRound(r.id()).stream()
                            .filter(g -> g.leaderUserId().equals(person.userId()))
                            .map(MentoringGroup::number).toList())
                    .orElse(List.of());
            if (!led.isEmpty()) {
                return new StillLeadsGroups(person, led);
            }
            leaders.remove(leader.get());
            return new Removed(program, new Person(person.workspace(), person.userId(), leader.get().displayName()));
        });
    }
}
