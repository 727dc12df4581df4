package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mentoringbot.chat.UseCases;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.round.Round;

/**
 * Lindeskolen's program, owned by the principal, with round 1 open, and the use cases on the
 * in-memory store: the starting point of the issue 3 tests, so each test sets up in a few lines.
 */
final class SchoolProgram {
    static final Actor OWNER = new Actor(PRINCIPAL, false);
    static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv Lærer");
    static final Person PER = new Person(SCHOOL, "U0PER", "Per Pedagog");

    final InMemoryStore store = new InMemoryStore();
    final UseCases useCases;
    final Program program;
    final Round roundOne;

    SchoolProgram() {
        this(TestPeople.everyoneExists());
    }

    SchoolProgram(People people) {
        useCases = store.useCases(people);
        roundOne = store.programWithOpenRound(PRINCIPAL, "Lindeskolen");
        program = store.programs.all().get(0);
    }

    /** Teacher {@code n} of the school, U0T01 "Teacher 1" and so on. */
    static Person teacher(int n) {
        return new Person(SCHOOL, String.format("U0T%02d", n), "Teacher " + n);
    }

    /** Teachers {@code from} to {@code to}, both included. */
    static List<Person> teachers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(SchoolProgram::teacher).toList();
    }

    static Actor as(Person person) {
        return new Actor(person, false);
    }

    static FormGroups.Draft group(Person leader, Person... members) {
        return group(leader, List.of(members));
    }

    static FormGroups.Draft group(Person leader, List<Person> members) {
        return new FormGroups.Draft(leader == null ? null : leader.userId(), members.stream().map(Person::userId).toList());
    }

    void addLeaders(Person... people) {
        assertInstanceOf(AddLeaders.Added.class, useCases.addLeaders().add(OWNER, List.of(people)));
    }

    void join(List<Person> people) {
        people.forEach(p -> useCases.joinRound().join(p, null));
    }

    void join(Person... people) {
        join(List.of(people));
    }

    void limitTo(int capacity) {
        assertInstanceOf(ChangeRoundSettings.Settings.class,
                useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(null, capacity, false)));
    }

    void groupSize(int size) {
        assertInstanceOf(ChangeRoundSettings.Settings.class,
                useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(size, null, false)));
    }

    /** Groups as the leader decided them; fails the test unless they are saved. */
    FormGroups.Formed form(FormGroups.Draft... drafts) {
        return assertInstanceOf(FormGroups.Formed.class, useCases.formGroups().form(OWNER, Arrays.asList(drafts)));
    }

    /** Closes the current round and opens the next; returns the new round. */
    Round nextRound() {
        assertInstanceOf(CloseRound.Evaluating.class, useCases.closeRound().close(OWNER));
        return assertInstanceOf(OpenRound.Opened.class, useCases.openRound().open(OWNER, null, null, store.clock.getZone())).round();
    }

    Round currentRound() {
        return store.inTransaction(() -> store.rounds.latest(program.id()).orElseThrow());
    }

    List<MentoringGroup> groups(Round round) {
        return store.inTransaction(() -> store.groups.ofRound(round.id()));
    }

    List<GroupSeat> seats(Round round) {
        return store.inTransaction(() -> store.groups.seatsOfRound(round.id()));
    }

    /** The user ids seated in the group, in seating order. */
    List<String> seatedIn(MentoringGroup group) {
        return store.inTransaction(() -> store.groups.seatsOfRound(group.roundId())).stream()
                .filter(s -> s.groupId() == group.id()).map(GroupSeat::userId).toList();
    }

    List<String> leaderIds() {
        return store.inTransaction(() -> store.leaders.of(program.id())).stream().map(Leader::userId).toList();
    }

    List<String> inRound(Round round, MembershipStatus status) {
        return store.inTransaction(() -> store.memberships.inRound(round.id(), status)).stream().map(Membership::userId).toList();
    }

    Membership membership(Round round, Person person) {
        return store.inTransaction(() -> store.memberships.find(round.id(), person.userId()).orElseThrow());
    }

    /**
     * Everything stored that issue 3's use cases may change, as text: two equal snapshots mean a
     * use case changed nothing a user could notice.
     */
    String snapshot() {
        return store.inTransaction(() -> {
            List<String> lines = new ArrayList<>();
            lines.add("leaders " + store.leaders.of(program.id()).stream().map(Leader::userId).toList());
            lines.add("leaders' circle " + program.leadersChannelId());
            lines.add("never together " + store.groups.neverTogether(program.id()).stream()
                    .map(n -> n.userA() + "+" + n.userB()).toList());
            for (Round round : store.rounds.ofProgram(program.id())) {
                lines.add("round " + round.number() + " " + round.state() + " size " + round.groupSize()
                        + " capacity " + round.capacity() + " name " + round.name() + " ends " + round.endsOn());
                for (MembershipStatus status : MembershipStatus.values()) {
                    lines.add("  " + status + " " + store.memberships.inRound(round.id(), status).stream()
                            .map(m -> m.userId() + (m.pausedUntil() == null ? "" : " paused " + m.pausedUntil())).toList());
                }
                for (MentoringGroup group : store.groups.ofRound(round.id())) {
                    lines.add("  group " + group.number() + " led by " + group.leaderUserId() + " in " + group.channelId() + ": "
                            + store.groups.seatsOfRound(round.id()).stream().filter(s -> s.groupId() == group.id())
                                    .map(GroupSeat::userId).toList());
                }
                lines.add("  seats " + store.groups.seatsOfRound(round.id()).size());
            }
            return String.join("\n", lines);
        });
    }
}
