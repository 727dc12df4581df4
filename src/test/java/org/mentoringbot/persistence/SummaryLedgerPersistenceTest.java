package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.summary.Occasion;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.core.summary.Scale;
import org.mentoringbot.core.summary.ScaleAnswer;
import org.mentoringbot.core.summary.SummaryAggregator;
import org.mentoringbot.core.summary.SummaryLedger;

/** The summary ledger and the evaluation's start survive a restart: summaries depend on both. */
class SummaryLedgerPersistenceTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    Database db;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("mentoring.db");
    }

    @BeforeEach
    void open() {
        db = Database.open(url());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static SummaryLedger aLedgerWithBlocks() {
        List<ScaleAnswer> answers = new ArrayList<>();
        String[] people = {"U1", "U2", "U3", "U4"};
        for (int i = 0; i < people.length; i++) {
            Instant at = T.plusSeconds(i);
            for (Scale scale : Scale.values()) {
                answers.add(new ScaleAnswer(people[i], "7", scale, Occasion.JOINING, 2, at));
                answers.add(new ScaleAnswer(people[i], "7", scale, Occasion.ROUND_END, 4, at));
                answers.add(new ScaleAnswer(people[i], "7", scale, Occasion.afterSession("31"), 1 + i, at));
            }
        }
        return new SummaryAggregator(PrivacyThreshold.DEFAULT).seal(SummaryLedger.empty(), answers);
    }

    @Test
    void aRoundsLedgerComesBackAsItWasStoredAfterARestart() {
        SummaryLedger ledger = aLedgerWithBlocks();
        assertFalse(ledger.afterSessionBlocks().isEmpty() || ledger.joiningToEndBlocks().isEmpty());
        db.transactions().inTransaction(() -> {
            db.summaryLedgers().store(5, ledger);
            return null;
        });

        db.close();
        db = Database.open(url());

        assertEquals(ledger, db.transactions().inTransaction(() -> db.summaryLedgers().of(5)));
        assertEquals(SummaryLedger.empty(), db.transactions().inTransaction(() -> db.summaryLedgers().of(6)));
    }

    @Test
    void storingAgainReplacesTheRoundsOneRow() throws Exception {
        SummaryLedger ledger = aLedgerWithBlocks();
        db.transactions().inTransaction(() -> {
            db.summaryLedgers().store(5, SummaryLedger.empty());
            return null;
        });
        db.transactions().inTransaction(() -> {
            db.summaryLedgers().store(5, ledger);
            return null;
        });

        assertEquals(ledger, db.transactions().inTransaction(() -> db.summaryLedgers().of(5)));
        try (var c = DriverManager.getConnection(url()); var rs = c.createStatement().executeQuery("SELECT COUNT(*), MAX(ledger) FROM summary_ledgers")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertFalse(rs.getString(2).contains("\"value\""), "the stored ledger holds sums of blocks, never an answer's value");
        }
    }

    @Test
    void aForgottenMembersMarksAreGoneAfterStoring() {
        SummaryLedger forgotten = aLedgerWithBlocks().forget("U1");
        db.transactions().inTransaction(() -> {
            db.summaryLedgers().store(5, forgotten);
            return null;
        });

        SummaryLedger read = db.transactions().inTransaction(() -> db.summaryLedgers().of(5));

        assertTrue(read.sealedAnswers().stream().noneMatch(a -> a.respondentId().equals("U1")));
        assertEquals(forgotten.joiningToEndBlocks(), read.joiningToEndBlocks());
    }

    @Test
    void theEvaluationsStartIsKeptAndEvaluatingRoundsAreFound() {
        Person owner = new Person("slack:T1", "U1", "Åse");
        long programId = db.transactions().inTransaction(() -> db.programs().add(new Program(owner, "Lindeskolen", T)).id());
        db.transactions().inTransaction(() -> {
            Round round = db.rounds().add(new Round(programId, 1, T));
            round.close(T.plusSeconds(60));
            return null;
        });

        List<Round> evaluating = db.transactions().inTransaction(() -> db.rounds().inState(RoundState.EVALUATING));

        assertEquals(1, evaluating.size());
        assertEquals(T.plusSeconds(60), evaluating.get(0).evaluatingSince());
        assertTrue(db.transactions().inTransaction(() -> db.rounds().inState(RoundState.RUNNING)).isEmpty());
        assertEquals("Lindeskolen", db.transactions().inTransaction(() -> db.programs().byId(programId)).orElseThrow().name());
    }

    @Test
    void aReflectionCanBeErased() {
        db.transactions().inTransaction(() -> db.reflections().add(
                new Reflection(1, null, "U1", Reflection.Kind.BASELINE, null, 3, 4, "privat", T)));

        db.transactions().inTransaction(() -> {
            db.reflections().remove(db.reflections().byAuthor(1, "U1").get(0));
            return null;
        });

        assertTrue(db.transactions().inTransaction(() -> db.reflections().ofRound(1)).isEmpty());
    }

    @Test
    void aUnitThatLostAnOptimisticRaceIsRunAgainOnWhatTheWinnerStored() {
        int[] attempts = {0};

        String result = db.transactions().inTransaction(() -> {
            if (++attempts[0] == 1) {
                throw new jakarta.persistence.OptimisticLockException("another summary stored the ledger meanwhile");
            }
            return "sealed on the stored ledger";
        });

        assertEquals("sealed on the stored ledger", result);
        assertEquals(2, attempts[0]);
    }

    @Test
    void eachStoreRaisesTheRowsVersion() throws Exception {
        for (int i = 0; i < 3; i++) {
            db.transactions().inTransaction(() -> {
                db.summaryLedgers().store(5, aLedgerWithBlocks());
                return null;
            });
        }
        try (var c = DriverManager.getConnection(url()); var rs = c.createStatement().executeQuery("SELECT version FROM summary_ledgers")) {
            rs.next();
            assertEquals(3, rs.getLong(1), "one version per store (from 1): a writer holding an older one loses");
        }
    }
}
