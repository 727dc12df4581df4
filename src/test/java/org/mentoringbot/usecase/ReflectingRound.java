package org.mentoringbot.usecase;

import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;

/**
 * A round at Lindeskolen for reflection and summary tests: people join, groups and sessions are put in place
 * directly (their own use cases belong to other parts of issue 4), and reflections and summaries go through the
 * real use cases on a clock that ticks a minute per read.
 */
public final class ReflectingRound {
    public static final Actor OWNER = new Actor(PRINCIPAL, false);

    public final InMemoryStore store = new InMemoryStore();
    public final TickingClock clock;
    public final Round round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");

    public ReflectingRound() {
        this(InMemoryStore.NOW);
    }

    /** With the ticking clock starting at {@code start}; the store's own use cases keep {@link InMemoryStore#NOW}. */
    public ReflectingRound(Instant start) {
        this.clock = new TickingClock(start);
    }

    public static Person person(String userId) {
        return new Person(SCHOOL, userId, userId);
    }

    /** People who join the round, named p1, p2, ... from {@code first}. */
    public List<Person> join(int first, int count) {
        List<Person> people = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Person p = person("p" + i);
            store.joinRound().join(p, null);
            people.add(p);
        }
        return people;
    }

    /** A group led by {@code leader} (named a leader if they are not one yet); the round starts. */
    public MentoringGroup group(int number, Person leader, List<Person> members) {
        return store.inTransaction(() -> {
            long programId = round.programId();
            if (store.leaders.find(programId, leader.userId()).isEmpty()) {
                store.leaders.add(new Leader(programId, leader, InMemoryStore.NOW));
            }
            MentoringGroup group = store.groups.add(new MentoringGroup(round.id(), number, leader.userId(), leader.displayName(),
                    InMemoryStore.NOW));
            members.forEach(m -> store.groups.seat(new GroupSeat(group.id(), round.id(), m.userId(), m.displayName())));
            round.start();
            return group;
        });
    }

    /** A session of the group that began {@code ago} before the clock's current time and lasted an hour. */
    public MentoringSession sessionAgo(MentoringGroup group, Duration ago) {
        Instant start = clock.peek().minus(ago);
        return store.inTransaction(() -> store.sessions.add(
                new MentoringSession(group.id(), round.id(), start, start.plus(Duration.ofHours(1)), "Room 204", InMemoryStore.NOW)));
    }

    public void absent(MentoringSession session, Person person) {
        store.inTransaction(() -> store.sessions.mark(new Attendance(session.id(), person.userId(), false)));
    }

    public Topic topic(MentoringGroup group, Person author, String text) {
        return store.inTransaction(() -> store.topics.add(new Topic(group.id(), round.id(), author.userId(), false, text, InMemoryStore.NOW)));
    }

    public RecordReflection.Result reflect(Person person, ReflectionOccasion occasion, int mastery, int safety, String note) {
        return store.recordReflection(clock).record(person, occasion, mastery, safety, note);
    }

    /** Baseline now (the round must still be starting or running). */
    public void baseline(Person person, int mastery, int safety) {
        requireRecorded(reflect(person, ReflectionOccasion.BASELINE, mastery, safety, null));
    }

    /** End of round (the round must be being evaluated). */
    public void end(Person person, int mastery, int safety, String note) {
        requireRecorded(reflect(person, ReflectionOccasion.END_OF_ROUND, mastery, safety, note));
    }

    public CloseRound.Result close() {
        return store.closeRound(clock).close(OWNER);
    }

    public SummarizeRound.Result summarize(Actor actor, boolean preview) {
        return store.summarizeRound(clock).summarize(actor, preview);
    }

    /** The owner's summary figures. */
    public RoundFigures ownerSees() {
        return ((SummarizeRound.Summary) summarize(OWNER, false)).figures();
    }

    private static void requireRecorded(RecordReflection.Result result) {
        if (!(result instanceof RecordReflection.Recorded)) {
            throw new AssertionError("not recorded: " + result);
        }
    }
}
