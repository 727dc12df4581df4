package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;

class SQLiteRoundTripTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("sub/folder/mentoring.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void instantsComeBackToTheMillisecondWhateverTheJvmZone() {
        Instant created = Instant.parse("2027-03-28T01:30:00.123Z"); // the night clocks change in Oslo
        Person owner = new Person("slack:T1", "U1", "Rektor Åse 🌻");
        long id = db.transactions().inTransaction(() -> db.programs().add(new Program(owner, "Lindeskolen", created)).id());

        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            Program read = db.transactions().inTransaction(() -> db.programs().inWorkspace("slack:T1").orElseThrow());
            assertEquals(id, read.id());
            assertEquals(created, read.createdAt());
            assertEquals("Rektor Åse 🌻", read.ownerName());
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void enumsAreStoredByName() throws Exception {
        long roundId = db.transactions().inTransaction(() -> {
            Program p = db.programs().add(new Program(new Person("slack:T1", "U1", "A"), "P", Instant.EPOCH));
            return db.rounds().add(new Round(p.id(), 1, Instant.EPOCH)).id();
        });
        Round round = db.transactions().inTransaction(() -> db.rounds().latest(1L).orElseThrow());
        assertEquals(RoundState.ENROLLING, round.state());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sub/folder/mentoring.db"));
                var rs = c.createStatement().executeQuery("SELECT state FROM rounds WHERE id = " + roundId)) {
            assertTrue(rs.next());
            assertEquals("ENROLLING", rs.getString(1));
        }
    }

    @Test
    void idsAreNumberedByTheDatabase() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids.add(db.transactions().inTransaction(() ->
                    db.programs().add(new Program(new Person("slack:T" + n, "U1", "A"), "P", Instant.EPOCH)).id()));
        }
        assertEquals(List.of(1L, 2L, 3L), ids);
    }

    @Test
    void oneMembershipPerPersonAndRoundIsEnforcedByTheDatabase() {
        Person liv = new Person("slack:T1", "U1", "Liv");
        db.transactions().inTransaction(() -> db.memberships().add(new Membership(7, liv, MembershipStatus.ENROLLED, Instant.EPOCH)));
        assertThrows(PersistenceException.class, () -> db.transactions().inTransaction(() ->
                db.memberships().add(new Membership(7, liv, MembershipStatus.WAITING, Instant.EPOCH))));
        // Same person, another round: fine.
        db.transactions().inTransaction(() -> db.memberships().add(new Membership(8, liv, MembershipStatus.ENROLLED, Instant.EPOCH)));
        assertEquals(1L, (long) db.transactions().inTransaction(() -> db.memberships().count(7, MembershipStatus.ENROLLED)));
    }

    @Test
    void theNewestRoundIsFoundWithLimit() {
        db.transactions().inTransaction(() -> {
            for (int n = 1; n <= 3; n++) {
                db.rounds().add(new Round(5, n, Instant.EPOCH));
            }
            return null;
        });
        assertEquals(3, db.transactions().inTransaction(() -> db.rounds().latest(5).orElseThrow()).number());
    }

    @Test
    void reopeningAnExistingFileKeepsTheData() {
        db.transactions().inTransaction(() -> db.programs().add(new Program(new Person("slack:T1", "U1", "A"), "P", Instant.EPOCH)));
        db.close();
        db = Database.open("jdbc:sqlite:" + dir.resolve("sub/folder/mentoring.db"));
        assertTrue(db.transactions().inTransaction(() -> db.programs().inWorkspace("slack:T1")).isPresent());
        assertTrue(Files.exists(dir.resolve("sub/folder/mentoring.db")));
    }

    @Test
    void aDatabaseFileThatCannotBeCreatedGivesOneClearLine() throws Exception {
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        var e = assertThrows(DatabaseUnavailable.class, () -> Database.open("jdbc:sqlite:" + aFile.resolve("mentoring.db")));
        assertTrue(e.getMessage().contains("cannot create the folder"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anUnknownKindOfDatabaseIsRefused() {
        var e = assertThrows(DatabaseUnavailable.class, () -> Database.open("jdbc:mysql://localhost/x"));
        assertTrue(e.getMessage().contains("jdbc:sqlite: or jdbc:postgresql:"), e.getMessage());
    }
}
