package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/**
 * The owner opens the next round for enrolment. The previous round must have been closed; its
 * evaluation ends now. Nobody is carried over: returning members join again (opt-in every round).
 */
public final class OpenRound {
    /** What happened. */
    public sealed interface Result {}

    public record Opened(Round round) implements Result {}

    public record PreviousStillOpen(Round round) implements Result {}

    public record EndNotInFuture(LocalDate endsOn) implements Result {}

    public record NameTooLong(int maxLength) implements Result {}

    public record NotOwner(String ownerName) implements Result {}

    public record NoProgram() implements Result {}

    public static final int MAX_NAME_LENGTH = 120;

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Transactions transactions;
    private final Clock clock;

    public OpenRound(Programs programs, Rounds rounds, Leaders leaders, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param name the owner's name for the round, or null
     * @param endsOn the planned last day, or null
     * @param zone the owner's time zone, to know which day "today" is
     */
    public Result open(Actor actor, String name, LocalDate endsOn, ZoneId zone) {
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.codePointCount(0, cleanName.length()) > MAX_NAME_LENGTH) {
            return new NameTooLong(MAX_NAME_LENGTH);
        }
        if (endsOn != null && !endsOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            return new EndNotInFuture(endsOn);
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
            var previous = current.get().round();
            if (previous.isPresent() && previous.get().acceptsMembers()) {
                return new PreviousStillOpen(previous.get());
            }
            previous.filter(r -> r.state() == RoundState.EVALUATING).ifPresent(Round::archive);
            int number = previous.map(r -> r.number() + 1).orElse(1);
            Round round = new Round(program.id(), number, cleanName, endsOn, clock.instant());
            previous.ifPresent(p -> {
                round.changeGroupSize(p.groupSize());
                round.changeCapacity(p.capacity());
            });
            return new Opened(rounds.add(round));
        });
    }
}
