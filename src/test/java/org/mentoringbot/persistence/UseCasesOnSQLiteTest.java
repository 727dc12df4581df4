package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.mentoringbot.MentoringBot;
import org.mentoringbot.server.Settings;
import org.mentoringbot.chat.UseCases;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.usecase.AddLeaders;
import org.mentoringbot.usecase.ChangeRoundSettings;
import org.mentoringbot.usecase.CloseRound;
import org.mentoringbot.usecase.ExcludePair;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.LeaveRound;
import org.mentoringbot.usecase.OpenRound;
import org.mentoringbot.usecase.PauseMembership;
import org.mentoringbot.usecase.ProposeGroups;
import org.mentoringbot.usecase.RemoveLeader;
import org.mentoringbot.usecase.SeatMember;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowHome;
import org.mentoringbot.usecase.ShowStatus;
import org.mentoringbot.usecase.TestPeople;

/**
 * Issue 3's use cases on a real SQLite file, wired as MentoringBot wires them: what the
 * in-memory tests pin down must also hold when entities are detached between transactions.
 */
class UseCasesOnSQLiteTest {
    private static final String SCHOOL = "slack:T1";
    private static final Person PRINCIPAL = new Person(SCHOOL, "U0ASE", "Åse Rektor");
    private static final Actor OWNER = new Actor(PRINCIPAL, false);
    private static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv Lærer");
    private static final Person PER = new Person(SCHOOL, "U0PER", "Per Pedagog");

    @TempDir
    Path dir;
    Database db;
    UseCases useCases;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("mentoring.db"));
        useCases = wire(db, Clock.fixed(Instant.parse("2026-08-17T07:30:00Z"), ZoneOffset.UTC));
        assertInstanceOf(SetUpProgram.Created.class, useCases.setUpProgram().setUp(PRINCIPAL, "Lindeskolen"));
        assertInstanceOf(AddLeaders.Added.class, useCases.addLeaders().add(OWNER, List.of(LIV, PER)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLeaveLetsTheFirstWaitingPersonInAndItIsStored() {
        useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(null, 2, false));
        join(1, 4);

        var left = assertInstanceOf(LeaveRound.Left.class, useCases.leaveRound().leave(teacher(1)));

        assertEquals(Optional.of(teacher(3)), left.admitted());
        assertEquals(Optional.of(MembershipStatus.ENROLLED), status(teacher(3)).ownStatus());
        assertEquals(Optional.of(MembershipStatus.WAITING), status(teacher(4)).ownStatus());
        assertEquals(2, status(teacher(3)).enrolled());
    }

    @Test
    void raisingTheLimitLetsWaitingPeopleInAndItIsStored() {
        useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(null, 2, false));
        join(1, 4);

        var settings = assertInstanceOf(ChangeRoundSettings.Settings.class,
                useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(6, 3, false)));

        assertEquals(1, settings.admitted().size());
        assertEquals(Optional.of(MembershipStatus.ENROLLED), status(teacher(3)).ownStatus());
        assertEquals(3, status(teacher(3)).enrolled());
        assertEquals(6, status(teacher(3)).round().groupSize());
        assertEquals(3, status(teacher(3)).round().capacity());
    }

    @Test
    void formedGroupsSeatsAndTheRunningStateAreStoredAndLeavingFreesTheSeat() {
        join(1, 6);

        var formed = assertInstanceOf(FormGroups.Formed.class, useCases.formGroups().form(new Actor(LIV, false), List.of(
                new FormGroups.Draft("U0LIV", ids(1, 3)), new FormGroups.Draft("U0PER", ids(4, 6)))));
        useCases.rememberChannel().forGroup(formed.groups().get(0).group().id(), "C0G1");

        assertEquals(RoundState.RUNNING, status(PRINCIPAL).round().state());
        var home = home(teacher(2));
        assertEquals(Optional.of(new ShowHome.OwnGroup(1, "Liv Lærer", List.of("Teacher 1", "Teacher 2", "Teacher 3"), "C0G1")),
                home.group());

        assertInstanceOf(LeaveRound.Left.class, useCases.leaveRound().leave(teacher(2)));

        assertEquals(List.of(new ShowHome.LedGroup(1, 2, "C0G1")), home(LIV).ledGroups());
        assertInstanceOf(FormGroups.Invalid.class, useCases.formGroups().form(OWNER, List.of(new FormGroups.Draft("U0PER", ids(1, 1)))));
    }

    @Test
    void aLateJoinerIsSeatedByTheirLeader() {
        join(1, 5);
        var formed = (FormGroups.Formed) useCases.formGroups().form(OWNER, List.of(
                new FormGroups.Draft("U0LIV", ids(1, 3)), new FormGroups.Draft("U0PER", ids(4, 5))));
        long pers = formed.groups().get(1).group().id();

        var joined = assertInstanceOf(JoinRound.Joined.class, useCases.joinRound().join(teacher(7), null));
        assertEquals(pers, joined.groupWithRoom().orElseThrow().id());

        assertInstanceOf(SeatMember.NotTheirGroup.class, useCases.seatMember().seat(new Actor(LIV, false), pers, "U0T07"));
        assertInstanceOf(SeatMember.Seated.class, useCases.seatMember().seat(new Actor(PER, false), pers, "U0T07"));
        assertInstanceOf(SeatMember.AlreadySeated.class, useCases.seatMember().seat(new Actor(PER, false), pers, "U0T07"));
        assertEquals(List.of(new ShowHome.LedGroup(2, 3, null)), home(PER).ledGroups());
    }

    @Test
    void theNextRoundAvoidsEarlierGroupmatesAndKeepsTheSettings() {
        useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(3, 40, false));
        join(1, 10);
        useCases.formGroups().form(OWNER, List.of(new FormGroups.Draft("U0LIV", ids(1, 3)), new FormGroups.Draft("U0PER", ids(4, 6)),
                new FormGroups.Draft("U0LIV", ids(7, 8)), new FormGroups.Draft("U0PER", ids(9, 10))));
        assertInstanceOf(OpenRound.PreviousStillOpen.class, useCases.openRound().open(OWNER, null, null, ZoneOffset.UTC));
        assertInstanceOf(CloseRound.Evaluating.class, useCases.closeRound().close(OWNER));

        var opened = assertInstanceOf(OpenRound.Opened.class,
                useCases.openRound().open(OWNER, "Våren", LocalDate.of(2027, 6, 20), ZoneOffset.UTC));
        join(1, 10);

        assertEquals(3, opened.round().groupSize());
        assertEquals(40, opened.round().capacity());
        var status = status(teacher(1));
        assertEquals(2, status.round().number());
        assertEquals(LocalDate.of(2027, 6, 20), status.round().endsOn());
        var proposed = assertInstanceOf(ProposeGroups.Proposed.class, useCases.proposeGroups().propose(OWNER));
        assertEquals(0, proposed.groups().stream().mapToInt(g -> g.rationale().repeatedPairs()).sum(), proposed.toString());
        assertInstanceOf(RemoveLeader.Removed.class, useCases.removeLeader().remove(OWNER, LIV), "round 1 is closed now");
    }

    @Test
    void aBreakAndANeverTogetherPairAreStored() {
        join(1, 1);

        assertInstanceOf(PauseMembership.Paused.class,
                useCases.pauseMembership().pause(teacher(1), LocalDate.of(2026, 9, 1), ZoneOffset.UTC));
        assertInstanceOf(ExcludePair.Excluded.class, useCases.excludePair().exclude(OWNER, teacher(2), teacher(1)));

        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), home(teacher(1)).pausedUntil());
        assertInstanceOf(ExcludePair.AlreadyExcluded.class, useCases.excludePair().exclude(OWNER, teacher(1), teacher(2)));
        assertEquals(1, db.transactions().inTransaction(() -> db.groups().neverTogether(1L)).size());
    }

    private void join(int from, int to) {
        IntStream.rangeClosed(from, to).forEach(n -> useCases.joinRound().join(teacher(n), null));
    }

    private ShowStatus.Status status(Person person) {
        return assertInstanceOf(ShowStatus.Status.class, useCases.showStatus().status(person));
    }

    private ShowHome.Home home(Person person) {
        return assertInstanceOf(ShowHome.Home.class, useCases.showHome().home(new Actor(person, false)));
    }

    private static Person teacher(int n) {
        return new Person(SCHOOL, String.format("U0T%02d", n), "Teacher " + n);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> teacher(n).userId()).toList();
    }

    /** Exactly as the running bot wires them. */
    private static UseCases wire(Database database, Clock clock) {
        return MentoringBot.useCases(database, TestPeople.everyoneExists(), clock, Settings.load(Map.of()));
    }
}
