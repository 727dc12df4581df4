package org.mentoringbot.core.program;

import java.util.List;
import java.util.Optional;

/** The group leaders of each program. */
public interface Leaders {
    List<Leader> of(long programId);

    Optional<Leader> find(long programId, String userId);

    Leader add(Leader leader);

    void remove(Leader leader);
}
