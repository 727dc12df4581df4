package org.mentoringbot.usecase;

import java.util.Optional;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** The workspace's program and its newest round, the context of almost every command. */
record Current(Program program, Optional<Round> round) {
    static Optional<Current> in(String workspace, Programs programs, Rounds rounds) {
        return programs.inWorkspace(workspace).map(p -> new Current(p, rounds.latest(p.id())));
    }

    /** The newest round if people can still join it (enrolling or running). */
    Optional<Round> openRound() {
        return round.filter(Round::acceptsMembers);
    }
}
