package org.mentoringbot.usecase;

import java.util.List;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;

/** Who leads groups in the workspace's program; anyone may ask. */
public final class ShowLeaders {
    /** What happened. */
    public sealed interface Result {}

    public record LeaderList(Program program, List<String> names) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Leaders leaders;
    private final Transactions transactions;

    public ShowLeaders(Programs programs, Leaders leaders, Transactions transactions) {
        this.programs = programs;
        this.leaders = leaders;
        this.transactions = transactions;
    }

    public Result list(String workspace) {
        return transactions.inTransaction(() -> programs.inWorkspace(workspace)
                .<Result>map(p -> new LeaderList(p, leaders.of(p.id()).stream().map(Leader::displayName).toList()))
                .orElse(new NoProgram()));
    }

    /** The program's leaders as people, for bringing them together; empty without a program. */
    public List<Person> leaders(String workspace) {
        return transactions.inTransaction(() -> programs.inWorkspace(workspace)
                .map(p -> leaders.of(p.id()).stream().map(l -> new Person(workspace, l.userId(), l.displayName())).toList())
                .orElse(List.of()));
    }
}
