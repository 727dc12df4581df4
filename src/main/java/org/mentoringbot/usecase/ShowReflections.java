package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/**
 * A member's own reflections, for them alone: the list of this round's, and what the reflection form should
 * show (which occasion, and their earlier answer to it when they are editing).
 */
public final class ShowReflections {
    /** What the member may see. */
    public sealed interface Result {}

    /** One of the member's reflections, note included: only ever shown to its author. */
    public record OwnReflection(ReflectionOccasion occasion, Instant sessionStartsAt, int mastery, int safety, String note,
            Instant updatedAt) {}

    public record Own(int roundNumber, List<OwnReflection> reflections) implements Result {}

    /** The form for an occasion, with the member's earlier answer when there is one. */
    public record Draft(int roundNumber, ReflectionOccasion occasion, Instant sessionStartsAt, Optional<OwnReflection> earlier)
            implements Result {}

    public record Refused(ReflectionProblem problem) implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Sessions sessions;
    private final Reflections reflections;
    private final ReflectionTiming timing;
    private final Transactions transactions;
    private final Clock clock;

    public ShowReflections(Programs programs, Rounds rounds, Memberships memberships, Groups groups, Sessions sessions,
            Reflections reflections, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.sessions = sessions;
        this.reflections = reflections;
        this.timing = new ReflectionTiming(programs, rounds, memberships, groups, sessions, reflections);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The member's reflections in the program's latest round, oldest first. */
    public Result own(Person person) {
        return transactions.inTransaction(() -> {
            var round = Current.in(person.workspace(), programs, rounds).flatMap(Current::round);
            if (round.isEmpty()) {
                return new Refused(ReflectionProblem.NO_PROGRAM);
            }
            return new Own(round.get().number(), reflections.byAuthor(round.get().id(), person.userId()).stream()
                    .map(this::own).toList());
        });
    }

    /** What the form for this occasion shows, or why it can't be given now. */
    public Result draft(Person person, ReflectionOccasion requested) {
        return transactions.inTransaction(() -> {
            var decision = timing.decide(person, requested, clock.instant());
            if (decision instanceof ReflectionTiming.Refused refused) {
                return new Refused(refused.problem());
            }
            var due = (ReflectionTiming.Due) decision;
            var earlier = reflections.find(due.round().id(), person.userId(), due.occasion().kind(), due.occasion().sessionId())
                    .map(this::own);
            return new Draft(due.round().number(), due.occasion(), due.session() == null ? null : due.session().startsAt(), earlier);
        });
    }

    private OwnReflection own(Reflection reflection) {
        Instant startsAt = reflection.sessionId() == null ? null
                : sessions.byId(reflection.sessionId()).map(MentoringSession::startsAt).orElse(null);
        return new OwnReflection(ReflectionOccasion.of(reflection), startsAt, reflection.mastery(), reflection.safety(),
                reflection.note(), reflection.updatedAt());
    }
}
