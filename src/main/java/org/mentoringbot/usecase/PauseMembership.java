package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;

/** A member takes a break: they stay in the round, but the bot sends them nothing until the day given. */
public final class PauseMembership {
    /** What happened. */
    public sealed interface Result {}

    public record Paused(LocalDate until) implements Result {}

    public record Resumed() implements Result {}

    public record NotInFuture(LocalDate until) implements Result {}

    /** A pause can't outlast a year: a longer break is a leave. */
    public record TooFar(LocalDate latest) implements Result {}

    public record NotIn() implements Result {}

    /** Resuming when there is no break going on: nothing changes. */
    public record NotPaused() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Transactions transactions;
    private final Clock clock;

    public PauseMembership(Programs programs, Rounds rounds, Memberships memberships, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param until the first day messages may come again; null to resume now */
    public Result pause(Person person, LocalDate until, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (until != null && !until.isAfter(today)) {
            return new NotInFuture(until);
        }
        if (until != null && until.isAfter(today.plusYears(1))) {
            return new TooFar(today.plusYears(1));
        }
        return transactions.inTransaction(() -> {
            var membership = Current.in(person.workspace(), programs, rounds).flatMap(Current::openRound)
                    .flatMap(r -> memberships.find(r.id(), person.userId()));
            if (membership.isEmpty()) {
                return new NotIn();
            }
            if (until == null && !membership.get().isPausedOn(today)) {
                return new NotPaused();
            }
            membership.get().pauseUntil(until);
            return until == null ? new Resumed() : new Paused(until);
        });
    }
}
