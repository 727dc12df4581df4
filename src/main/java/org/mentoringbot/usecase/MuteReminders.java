package org.mentoringbot.usecase;

import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;

/** A member turns reminders off (or on again). Other messages, like a place opening, still come. */
public final class MuteReminders {
    /** What happened. */
    public sealed interface Result {}

    public record Muted() implements Result {}

    public record Unmuted() implements Result {}

    public record NotIn() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Transactions transactions;

    public MuteReminders(Programs programs, Rounds rounds, Memberships memberships, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public Result mute(Person person, boolean muted) {
        return transactions.inTransaction(() -> {
            var membership = Current.in(person.workspace(), programs, rounds).flatMap(c -> c.round())
                    .flatMap(r -> memberships.find(r.id(), person.userId()));
            if (membership.isEmpty()) {
                return new NotIn();
            }
            membership.get().muteReminders(muted);
            return muted ? new Muted() : new Unmuted();
        });
    }
}
