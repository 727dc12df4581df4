package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.group.NeverTogether;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

/** Issue 3's tables on a real SQLite file: seats, leaders, never-together pairs and days. */
class SQLiteGroupsRoundTripTest {
    private static final Instant T = Instant.parse("2026-08-17T07:30:00Z");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(url());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPersonHasOneSeatPerRoundWhateverTheGroup() {
        long programId = program("slack:T1");
        long roundId = round(programId, 1).id();
        long first = group(roundId, 1, "U0LIV").id();
        long second = group(roundId, 2, "U0PER").id();
        tx(() -> db.groups().seat(new GroupSeat(first, roundId, "U1", "Kari")));

        assertThrows(PersistenceException.class, () -> tx(() -> db.groups().seat(new GroupSeat(second, roundId, "U1", "Kari"))));

        List<GroupSeat> seats = tx(() -> db.groups().seatsOfRound(roundId));
        assertEquals(1, seats.size());
        assertEquals(first, seats.get(0).groupId());
    }

    @Test
    void thePersonMaySitInAGroupOfAnotherRound() {
        long programId = program("slack:T1");
        long one = round(programId, 1).id();
        long two = round(programId, 2).id();
        long groupOne = group(one, 1, "U0LIV").id();
        long groupTwo = group(two, 1, "U0LIV").id();

        tx(() -> db.groups().seat(new GroupSeat(groupOne, one, "U1", "Kari")));
        tx(() -> db.groups().seat(new GroupSeat(groupTwo, two, "U1", "Kari")));

        assertEquals(groupTwo, tx(() -> db.groups().seatOf(two, "U1")).orElseThrow().groupId());
    }

    @Test
    void aFreedSeatCanBeTakenAgain() {
        long programId = program("slack:T1");
        long roundId = round(programId, 1).id();
        long first = group(roundId, 1, "U0LIV").id();
        long second = group(roundId, 2, "U0PER").id();
        tx(() -> db.groups().seat(new GroupSeat(first, roundId, "U1", "Kari")));

        tx(() -> {
            db.groups().unseat(db.groups().seatOf(roundId, "U1").orElseThrow());
            return null;
        });
        tx(() -> db.groups().seat(new GroupSeat(second, roundId, "U1", "Kari")));

        assertEquals(second, tx(() -> db.groups().seatOf(roundId, "U1")).orElseThrow().groupId());
    }

    @Test
    void twoGroupsOfARoundCannotHaveTheSameNumber() {
        long roundId = round(program("slack:T1"), 1).id();
        group(roundId, 1, "U0LIV");

        assertThrows(PersistenceException.class, () -> group(roundId, 1, "U0PER"));
    }

    @Test
    void daysComeBackAsTheSameDaysWhateverTheJvmZone() throws Exception {
        long programId = program("slack:T1");
        long roundId = tx(() -> db.rounds().add(new Round(programId, 1, "Våren 2027", LocalDate.of(2027, 6, 20), T)).id());
        tx(() -> {
            Membership kari = db.memberships().add(new Membership(roundId, new Person("slack:T1", "U1", "Kari"),
                    MembershipStatus.ENROLLED, T));
            kari.pauseUntil(LocalDate.of(2027, 1, 1));
            return null;
        });

        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
            assertEquals(LocalDate.of(2027, 6, 20), tx(() -> db.rounds().latest(programId)).orElseThrow().endsOn());
            assertEquals(LocalDate.of(2027, 1, 1), tx(() -> db.memberships().find(roundId, "U1")).orElseThrow().pausedUntil());
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago")); // UTC-11
            assertEquals(LocalDate.of(2027, 1, 1), tx(() -> db.memberships().find(roundId, "U1")).orElseThrow().pausedUntil());
        } finally {
            TimeZone.setDefault(before);
        }
        try (var c = DriverManager.getConnection(url());
                var rs = c.createStatement().executeQuery("SELECT paused_until FROM memberships")) {
            assertTrue(rs.next());
            assertEquals("2027-01-01", rs.getString(1));
        }
    }

    @Test
    void resumingStoresNoDay() {
        long roundId = round(program("slack:T1"), 1).id();
        tx(() -> db.memberships().add(new Membership(roundId, new Person("slack:T1", "U1", "Kari"), MembershipStatus.ENROLLED, T)));
        tx(() -> {
            db.memberships().find(roundId, "U1").orElseThrow().pauseUntil(LocalDate.of(2027, 1, 1));
            return null;
        });

        tx(() -> {
            db.memberships().find(roundId, "U1").orElseThrow().pauseUntil(null);
            return null;
        });

        assertNull(tx(() -> db.memberships().find(roundId, "U1")).orElseThrow().pausedUntil());
    }

    @Test
    void roundSettingsAndStateAreStored() {
        long programId = program("slack:T1");
        tx(() -> {
            Round round = db.rounds().add(new Round(programId, 1, T));
            round.changeGroupSize(7);
            round.changeCapacity(30);
            round.start();
            return null;
        });

        Round read = tx(() -> db.rounds().latest(programId)).orElseThrow();

        assertEquals(7, read.groupSize());
        assertEquals(30, read.capacity());
        assertEquals(RoundState.RUNNING, read.state());
        assertNull(read.endsOn());
    }

    @Test
    void seatsBeforeARoundAreThoseOfTheProgramsEarlierRoundsOnly() {
        long lindeskolen = program("slack:T1");
        long other = program("slack:T2");
        long one = round(lindeskolen, 1).id();
        long two = round(lindeskolen, 2).id();
        long three = round(lindeskolen, 3).id();
        long otherOne = round(other, 1).id();
        seat(group(one, 1, "U0LIV"), "U1");
        seat(group(two, 1, "U0LIV"), "U2");
        seat(group(three, 1, "U0LIV"), "U3");
        seat(group(otherOne, 1, "U0LIV"), "U4");

        assertEquals(List.of("U1", "U2"), tx(() -> db.groups().seatsBefore(lindeskolen, 3)).stream().map(GroupSeat::userId).toList());
        assertEquals(List.of("U1"), tx(() -> db.groups().seatsBefore(lindeskolen, 2)).stream().map(GroupSeat::userId).toList());
        assertEquals(List.of(), tx(() -> db.groups().seatsBefore(lindeskolen, 1)));
        assertEquals(List.of(), tx(() -> db.groups().seatsBefore(other, 1)));
        assertEquals(List.of("U4"), tx(() -> db.groups().seatsBefore(other, 2)).stream().map(GroupSeat::userId).toList());
    }

    @Test
    void aNeverTogetherPairIsOneRowWhicheverWayRoundItIsNamed() throws Exception {
        long programId = program("slack:T1");
        tx(() -> db.groups().add(new NeverTogether(programId, "U2", "U1")));

        assertTrue(tx(() -> db.groups().findNeverTogether(programId, "U1", "U2")).isPresent());
        assertTrue(tx(() -> db.groups().findNeverTogether(programId, "U2", "U1")).isPresent());
        assertThrows(PersistenceException.class,
                () -> tx(() -> db.groups().add(new NeverTogether(programId, "U1", "U2"))));
        var pairs = tx(() -> db.groups().neverTogether(programId));
        assertEquals(1, pairs.size());
        assertEquals("U1", pairs.get(0).userA());
        assertEquals("U2", pairs.get(0).userB());
        try (var c = DriverManager.getConnection(url());
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM never_together")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void neverTogetherPairsBelongToTheirProgram() {
        long lindeskolen = program("slack:T1");
        long other = program("slack:T2");
        tx(() -> db.groups().add(new NeverTogether(lindeskolen, "U1", "U2")));

        assertTrue(tx(() -> db.groups().findNeverTogether(other, "U1", "U2")).isEmpty());
        tx(() -> db.groups().add(new NeverTogether(other, "U1", "U2")));
        assertEquals(1, tx(() -> db.groups().neverTogether(other)).size());
    }

    @Test
    void aLeaderIsNamedOncePerProgramAndComesBackInTheOrderNamed() {
        long programId = program("slack:T1");
        tx(() -> db.leaders().add(new Leader(programId, new Person("slack:T1", "U0PER", "Per"), T)));
        tx(() -> db.leaders().add(new Leader(programId, new Person("slack:T1", "U0LIV", "Liv Lærer"), T.plusSeconds(1))));

        assertThrows(PersistenceException.class,
                () -> tx(() -> db.leaders().add(new Leader(programId, new Person("slack:T1", "U0LIV", "Liv"), T))));
        assertEquals(List.of("Per", "Liv Lærer"), tx(() -> db.leaders().of(programId)).stream().map(Leader::displayName).toList());

        tx(() -> {
            db.leaders().remove(db.leaders().find(programId, "U0PER").orElseThrow());
            return null;
        });
        assertEquals(List.of("U0LIV"), tx(() -> db.leaders().of(programId)).stream().map(Leader::userId).toList());
    }

    @Test
    void aGroupsChannelAndTheLeadersCircleAreRemembered() {
        long programId = program("slack:T1");
        long roundId = round(programId, 1).id();
        long groupId = group(roundId, 1, "U0LIV").id();

        tx(() -> {
            db.groups().byId(groupId).orElseThrow().placeIn("C0GROUP1");
            db.programs().inWorkspace("slack:T1").orElseThrow().gatherLeadersIn("C0LEADERS");
            return null;
        });

        assertEquals("C0GROUP1", tx(() -> db.groups().byId(groupId)).orElseThrow().channelId());
        assertEquals("C0LEADERS", tx(() -> db.programs().inWorkspace("slack:T1")).orElseThrow().leadersChannelId());
    }

    @Test
    void waitingPeopleComeBackInTheOrderTheyJoined() {
        long roundId = round(program("slack:T1"), 1).id();
        for (String id : List.of("U3", "U1", "U2")) {
            tx(() -> db.memberships().add(new Membership(roundId, new Person("slack:T1", id, id), MembershipStatus.WAITING, T)));
        }
        tx(() -> db.memberships().add(new Membership(roundId, new Person("slack:T1", "U0", "U0"), MembershipStatus.WAITING,
                T.minusSeconds(60))));

        assertEquals(List.of("U0", "U3", "U1", "U2"),
                tx(() -> db.memberships().inRound(roundId, MembershipStatus.WAITING)).stream().map(Membership::userId).toList());
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("mentoring.db");
    }

    private <T> T tx(Supplier<T> work) {
        return db.transactions().inTransaction(work);
    }

    private long program(String workspace) {
        return tx(() -> db.programs().add(new Program(new Person(workspace, "U0ASE", "Åse"), "Lindeskolen", T)).id());
    }

    private Round round(long programId, int number) {
        return tx(() -> db.rounds().add(new Round(programId, number, T)));
    }

    private MentoringGroup group(long roundId, int number, String leaderId) {
        return tx(() -> db.groups().add(new MentoringGroup(roundId, number, leaderId, leaderId, T)));
    }

    private void seat(MentoringGroup group, String userId) {
        tx(() -> db.groups().seat(new GroupSeat(group.id(), group.roundId(), userId, userId)));
    }
}
