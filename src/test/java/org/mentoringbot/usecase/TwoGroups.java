package org.mentoringbot.usecase;

import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;

/**
 * A school whose round has two groups: group 1 led by Liv (Kari, Ola, Nils), group 2 led by Per
 * (Anne, Bjørn, Cecilie). The principal owns the program and sits in neither; Siv joined late and
 * has no group yet.
 */
public final class TwoGroups {
    public static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv Leder");
    public static final Person PER = new Person(SCHOOL, "U0PER", "Per Leder");
    public static final Person NILS = new Person(SCHOOL, "U0NILS", "Nils Æsøy");
    public static final Person ANNE = new Person(SCHOOL, "U0ANNE", "Anne");
    public static final Person BJORN = new Person(SCHOOL, "U0BJORN", "Bjørn");
    public static final Person CECILIE = new Person(SCHOOL, "U0CECILIE", "Cecilie");
    public static final Person SIV = new Person(SCHOOL, "U0SIV", "Siv Sent");

    public final InMemoryStore store = new InMemoryStore();
    public final Round round;
    public final MentoringGroup one;
    public final MentoringGroup two;

    public TwoGroups() {
        round = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        store.inTransaction(() -> new AddLeaders(store.programs, store.rounds, store.leaders, store.transactions, store.clock)
                .add(actor(PRINCIPAL), List.of(LIV, PER)));
        for (Person p : List.of(KARI, OLA, NILS, ANNE, BJORN, CECILIE)) {
            store.joinRound().join(p, null);
        }
        var formed = (FormGroups.Formed) new FormGroups(store.programs, store.rounds, store.memberships, store.leaders,
                store.groups, TestPeople.everyoneExists(), store.transactions, store.clock)
                .form(actor(PRINCIPAL), List.of(
                        new FormGroups.Draft(LIV.userId(), List.of(KARI.userId(), OLA.userId(), NILS.userId())),
                        new FormGroups.Draft(PER.userId(), List.of(ANNE.userId(), BJORN.userId(), CECILIE.userId()))));
        one = formed.groups().get(0).group();
        two = formed.groups().get(1).group();
        store.joinRound().join(SIV, null);
    }

    public static Actor actor(Person person) {
        return new Actor(person, false);
    }

    /** Proposes as the person and returns the stored topic. */
    public Topic propose(Person person, String text, boolean anonymous) {
        var proposed = (ProposeTopic.Proposed) store.proposeTopic().propose(actor(person), text, anonymous);
        return store.topics.all().stream()
                .filter(t -> t.groupId() == proposed.group().id() && t.text().equals(text)).findFirst().orElseThrow();
    }

    /** A session of the group starting {@code fromNow} after the store's clock, lasting an hour. */
    public MentoringSession session(MentoringGroup group, Duration fromNow) {
        Instant start = InMemoryStore.NOW.plus(fromNow);
        return store.inTransaction(() -> store.sessions.add(
                new MentoringSession(group.id(), round.id(), start, start.plus(Duration.ofHours(1)), "Room 204", InMemoryStore.NOW)));
    }

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    ShowTopics showTopicsAt(Instant now) {
        return new ShowTopics(store.programs, store.rounds, store.memberships, store.leaders, store.groups, store.topics,
                store.sessions, store.transactions, at(now));
    }

    SetAgenda setAgendaAt(Instant now) {
        return new SetAgenda(store.programs, store.rounds, store.memberships, store.leaders, store.groups, store.topics,
                store.sessions, store.transactions, at(now));
    }

    ShowAgenda showAgendaAt(Instant now) {
        return new ShowAgenda(store.programs, store.rounds, store.memberships, store.leaders, store.groups, store.topics,
                store.sessions, store.transactions, at(now));
    }

    VoteOnTopic voteAt(Instant now) {
        return new VoteOnTopic(store.programs, store.rounds, store.memberships, store.leaders, store.groups, store.topics,
                store.sessions, store.transactions, at(now));
    }

    public ShowTopics.Board board(Person person) {
        return (ShowTopics.Board) store.showTopics().show(actor(person), null);
    }
}
