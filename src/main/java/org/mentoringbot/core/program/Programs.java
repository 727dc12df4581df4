package org.mentoringbot.core.program;

import java.util.Optional;

/** All programs, one per workspace. */
public interface Programs {
    Optional<Program> inWorkspace(String workspace);

    Program add(Program program);

    Optional<Program> byId(long programId);
}
