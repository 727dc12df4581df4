package org.mentoringbot.usecase;

import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;

import java.time.Instant;
import java.util.List;
import org.mentoringbot.chat.UseCases;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.topic.Topic;

/**
 * A school whose round is under way, set up through the use cases: Åse owns the program, Kari
 * leads group 1 (Anna, Bjørn, Cecilie), Liv leads groups 2 (Dag, Eva) and 3 (Frode, Gro).
 */
public final class SchoolWithGroups {
    public static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv Leder");
    public static final Person ANNA = new Person(SCHOOL, "U0ANNA", "Anna");
    public static final Person BJORN = new Person(SCHOOL, "U0BJORN", "Bjørn");
    public static final Person CECILIE = new Person(SCHOOL, "U0CECILIE", "Cecilie");
    public static final Person DAG = new Person(SCHOOL, "U0DAG", "Dag");
    public static final Person EVA = new Person(SCHOOL, "U0EVA", "Eva");
    public static final Person FRODE = new Person(SCHOOL, "U0FRODE", "Frode");
    public static final Person GRO = new Person(SCHOOL, "U0GRO", "Gro");
    /** Joined, but in no group. */
    public static final Person HEDDA = new Person(SCHOOL, "U0HEDDA", "Hedda");

    public final InMemoryStore store;
    public final UseCases useCases;
    public final MentoringGroup group1;
    public final MentoringGroup group2;
    public final MentoringGroup group3;

    public SchoolWithGroups(InMemoryStore store) {
        this.store = store;
        this.useCases = store.useCases(TestPeople.everyoneExists());
        store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        useCases.addLeaders().add(actor(PRINCIPAL), List.of(KARI, LIV));
        for (Person member : List.of(ANNA, BJORN, CECILIE, DAG, EVA, FRODE, GRO)) {
            useCases.joinRound().join(member, "teacher");
        }
        var formed = (FormGroups.Formed) useCases.formGroups().form(actor(KARI), List.of(
                new FormGroups.Draft(KARI.userId(), List.of(ANNA.userId(), BJORN.userId(), CECILIE.userId())),
                new FormGroups.Draft(LIV.userId(), List.of(DAG.userId(), EVA.userId())),
                new FormGroups.Draft(LIV.userId(), List.of(FRODE.userId(), GRO.userId()))));
        useCases.joinRound().join(HEDDA, "teacher");
        this.group1 = formed.groups().get(0).group();
        this.group2 = formed.groups().get(1).group();
        this.group3 = formed.groups().get(2).group();
    }

    public SchoolWithGroups() {
        this(new InMemoryStore());
    }

    public static Actor actor(Person person) {
        return new Actor(person, false);
    }

    /** A topic on a group's board, as the topics use cases will put it there. */
    public Topic topic(MentoringGroup group, Person author, String text) {
        return store.inTransaction(() -> store.topics.add(new Topic(group.id(), group.roundId(), author.userId(), false, text,
                Instant.parse("2026-09-01T10:00:00Z"))));
    }

    public void inChannel(MentoringGroup group, String channelId) {
        store.inTransaction(() -> {
            group.placeIn(channelId);
            return null;
        });
    }
}
