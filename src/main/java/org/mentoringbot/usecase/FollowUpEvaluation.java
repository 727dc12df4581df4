package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.reminder.ReminderRules;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;

/**
 * The one gentle follow-up to the end-of-round reflection, halfway through the evaluation window:
 * to every member, and only while someone has not answered, so nobody is singled out. Run
 * periodically; its outbox keys make a second run harmless.
 */
public final class FollowUpEvaluation {
    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Reflections reflections;
    private final People people;
    private final ReminderOutbox outbox;
    private final ReminderPolicy policy;
    private final Duration window;
    private final Transactions transactions;
    private final Clock clock;

    public FollowUpEvaluation(Programs programs, Rounds rounds, Memberships memberships, Reflections reflections, People people,
            ReminderOutbox outbox, ReminderPolicy policy, Duration window, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.reflections = reflections;
        this.people = people;
        this.outbox = outbox;
        this.policy = policy;
        this.window = window;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many follow-ups were queued now */
    public int followUpDue() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            int queued = 0;
            for (Round round : rounds.inState(RoundState.EVALUATING)) {
                if (round.evaluatingSince() == null || now.isBefore(round.evaluatingSince().plus(window.dividedBy(2)))) {
                    continue;
                }
                queued += followUp(round, now);
            }
            return queued;
        });
    }

    private int followUp(Round round, Instant now) {
        String workspace = programs.byId(round.programId()).map(p -> p.workspace()).orElse(null);
        if (workspace == null) {
            return 0;
        }
        List<Membership> members = memberships.inRound(round.id(), MembershipStatus.ENROLLED);
        Set<String> answered = reflections.ofRound(round.id()).stream().filter(r -> r.kind() == Reflection.Kind.END_OF_ROUND)
                .map(Reflection::userId).collect(Collectors.toSet());
        if (members.stream().allMatch(m -> answered.contains(m.userId()))) {
            return 0;
        }
        Instant plannedAt = round.evaluatingSince().plus(window.dividedBy(2));
        Instant usefulUntil = round.evaluatingSince().plus(window);
        ReminderRules rules = new ReminderRules(policy.quietHours());
        int queued = 0;
        for (Membership member : members) {
            var profile = people.byId(workspace, member.userId());
            var facts = new ReminderRules.Recipient(profile.map(People.Profile::zone).orElse(ZoneOffset.UTC), member.pausedUntil(),
                    member.remindersMuted());
            if (rules.decide(plannedAt, usefulUntil, now, facts) instanceof ReminderRules.Send send) {
                var note = new ReminderOutbox.Note(ReminderKind.END_OF_ROUND_FOLLOW_UP, 0, 0, round.evaluatingSince(), usefulUntil, null,
                        send.late(), List.of(), List.of(), facts.zone(), profile.map(People.Profile::locale).orElse(Locale.ENGLISH));
                if (outbox.enqueue("end-followup:" + round.id() + ":" + member.userId(), new Person(workspace, member.userId(),
                        member.displayName()), note, send.at())) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
