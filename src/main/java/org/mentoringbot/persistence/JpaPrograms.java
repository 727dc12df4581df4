package org.mentoringbot.persistence;

import java.util.Optional;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;

final class JpaPrograms implements Programs {
    private final JpaTransactions transactions;

    JpaPrograms(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Program> inWorkspace(String workspace) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM Program p WHERE p.workspace = :workspace", Program.class)
                .setParameter("workspace", workspace)
                .getResultStream().findFirst();
    }

    @Override
    public Program add(Program program) {
        var em = transactions.entityManager();
        em.persist(program);
        em.flush(); // assigns the id now, and meets the unique key inside this unit
        return program;
    }

    @Override
    public Optional<Program> byId(long programId) {
        return Optional.ofNullable(transactions.entityManager().find(Program.class, programId));
    }
}
