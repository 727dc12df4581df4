package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Instant;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;

/**
 * A member gives their private reflection: sense of mastery and feeling safe in decisions (1 to 5) and an
 * optional note only they will ever see. Answering the same occasion again edits the answer. Anything wrong
 * (a value outside 1 to 5, a note too long, a session that was not theirs) stores nothing.
 */
public final class RecordReflection {
    /** What happened. */
    public sealed interface Result {}

    /**
     * @param sessionStartsAt when the session reflected on began, or null for the baseline and end of round
     * @param edited true when an earlier answer to the same occasion was changed
     */
    public record Recorded(int roundNumber, ReflectionOccasion occasion, Instant sessionStartsAt, boolean edited)
            implements Result {}

    public record Refused(ReflectionProblem problem) implements Result {}

    private final ReflectionTiming timing;
    private final Reflections reflections;
    private final Transactions transactions;
    private final Clock clock;

    public RecordReflection(Programs programs, Rounds rounds, Memberships memberships, Groups groups, Sessions sessions,
            Reflections reflections, Transactions transactions, Clock clock) {
        this.timing = new ReflectionTiming(programs, rounds, memberships, groups, sessions, reflections);
        this.reflections = reflections;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param note the free text, or null/blank for none */
    public Result record(Person person, ReflectionOccasion requested, int mastery, int safety, String note) {
        if (!onScale(mastery) || !onScale(safety)) {
            return new Refused(ReflectionProblem.SCALE_OUT_OF_RANGE);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.codePointCount(0, cleanNote.length()) > Reflection.MAX_NOTE_LENGTH) {
            return new Refused(ReflectionProblem.NOTE_TOO_LONG);
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            var decision = timing.decide(person, requested, now);
            if (decision instanceof ReflectionTiming.Refused refused) {
                return new Refused(refused.problem());
            }
            var due = (ReflectionTiming.Due) decision;
            ReflectionOccasion occasion = due.occasion();
            var existing = reflections.find(due.round().id(), person.userId(), occasion.kind(), occasion.sessionId());
            if (existing.isPresent()) {
                existing.get().change(mastery, safety, cleanNote, now);
            } else {
                reflections.add(new Reflection(due.round().id(), due.groupId(), person.userId(), occasion.kind(),
                        occasion.sessionId(), mastery, safety, cleanNote, now));
            }
            return new Recorded(due.round().number(), occasion, due.session() == null ? null : due.session().startsAt(),
                    existing.isPresent());
        });
    }

    private static boolean onScale(int value) {
        return value >= Reflection.MIN_SCALE && value <= Reflection.MAX_SCALE;
    }
}
