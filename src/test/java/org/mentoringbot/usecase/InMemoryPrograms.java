package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;

/** Programs in a list; like the database, one per workspace and numbered from 1. */
public final class InMemoryPrograms implements Programs {
    private final InMemoryTransactions transactions;
    private final List<Program> programs = new ArrayList<>();

    public InMemoryPrograms(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<Program> inWorkspace(String workspace) {
        transactions.requireActive();
        return programs.stream().filter(p -> p.workspace().equals(workspace)).findFirst();
    }

    @Override
    public synchronized Program add(Program program) {
        transactions.requireActive();
        if (programs.stream().anyMatch(p -> p.workspace().equals(program.workspace()))) {
            throw new IllegalStateException("unique key uq_program_workspace: " + program.workspace());
        }
        programs.add(Entities.withId(program, programs.size() + 1L));
        return program;
    }

    @Override
    public synchronized Optional<Program> byId(long programId) {
        transactions.requireActive();
        return programs.stream().filter(p -> p.id() == programId).findFirst();
    }

    /** Everything stored, for assertions. */
    public synchronized List<Program> all() {
        return List.copyOf(programs);
    }
}
