package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.regex.Pattern;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/** A principal starts the workspace's mentoring program; round 1 opens for enrolment at once. */
public final class SetUpProgram {
    /** What happened. */
    public sealed interface Result {}

    public record Created(Program program, Round round) implements Result {}

    public record AlreadySetUp(Program program) implements Result {}

    public record NameMissing() implements Result {}

    public record NameTooLong(int maxLength) implements Result {}

    // Control characters and every kind of Unicode space (String.strip misses U+00A0 and U+202F).
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");

    private final Programs programs;
    private final Rounds rounds;
    private final Transactions transactions;
    private final Clock clock;

    public SetUpProgram(Programs programs, Rounds rounds, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result setUp(Person owner, String name) {
        String cleanName = name == null ? "" : SPACE_LIKE.matcher(name).replaceAll(" ").strip();
        if (cleanName.isEmpty()) {
            return new NameMissing();
        }
        if (cleanName.codePointCount(0, cleanName.length()) > Program.MAX_NAME_LENGTH) {
            return new NameTooLong(Program.MAX_NAME_LENGTH);
        }
        return transactions.inTransaction(() -> {
            var existing = programs.inWorkspace(owner.workspace());
            if (existing.isPresent()) {
                return new AlreadySetUp(existing.get());
            }
            var now = clock.instant();
            Program program = programs.add(new Program(owner, cleanName, now));
            Round round = rounds.add(new Round(program.id(), 1, now));
            return new Created(program, round);
        });
    }
}
