package org.mentoringbot.core.round;

import java.util.List;
import java.util.Optional;

/** The rounds of all programs. */
public interface Rounds {
    /** The program's newest round, whatever its state. */
    Optional<Round> latest(long programId);

    Round add(Round round);

    /** Every round of the program, oldest first. */
    List<Round> ofProgram(long programId);

    /** Every round of every program in this state, oldest first: what a scheduler checks. */
    List<Round> inState(RoundState state);
    Optional<Round> byId(long id);
}
