package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.ELSEWHERE;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.round.RoundState;

class SetUpProgramTest {
    private final InMemoryStore store = new InMemoryStore();
    private final SetUpProgram setUpProgram = store.setUpProgram();

    @Test
    void createsTheProgramWithItsOwnerAndOpensRoundOne() {
        var created = assertInstanceOf(SetUpProgram.Created.class, setUpProgram.setUp(PRINCIPAL, "Lindeskolen"));

        Program program = created.program();
        assertAll(
                () -> assertNotNull(program.id()),
                () -> assertEquals("Lindeskolen", program.name()),
                () -> assertEquals(TestPeople.SCHOOL, program.workspace()),
                () -> assertTrue(program.isOwnedBy(PRINCIPAL)),
                () -> assertEquals("Åse Rektor", program.ownerName()),
                () -> assertEquals(InMemoryStore.NOW, program.createdAt()),
                () -> assertEquals(1, created.round().number()),
                () -> assertEquals(RoundState.ENROLLING, created.round().state()),
                () -> assertEquals(program.id(), created.round().programId()),
                () -> assertEquals(InMemoryStore.NOW, created.round().openedAt()));
        assertEquals(1, store.programs.all().size());
        assertEquals(1, store.rounds.all().size());
    }

    @Test
    void theSameOwnerSettingUpAgainGetsTheExistingProgramAndNothingNewIsStored() {
        setUpProgram.setUp(PRINCIPAL, "Lindeskolen");

        var again = assertInstanceOf(SetUpProgram.AlreadySetUp.class, setUpProgram.setUp(PRINCIPAL, "Another name"));

        assertEquals("Lindeskolen", again.program().name());
        assertNothingNewStored();
    }

    @Test
    void aColleagueSettingUpInTheSameWorkspaceIsToldWhoseProgramItIs() {
        setUpProgram.setUp(PRINCIPAL, "Lindeskolen");

        var other = assertInstanceOf(SetUpProgram.AlreadySetUp.class, setUpProgram.setUp(KARI, "Karis program"));

        assertTrue(other.program().isOwnedBy(PRINCIPAL));
        assertEquals("Lindeskolen", other.program().name());
        assertNothingNewStored();
    }

    @Test
    void anotherWorkspaceGetsItsOwnProgram() {
        var first = (SetUpProgram.Created) setUpProgram.setUp(PRINCIPAL, "Lindeskolen");

        var second = assertInstanceOf(SetUpProgram.Created.class, setUpProgram.setUp(ELSEWHERE, "Lindeskolen"));

        assertTrue(second.program().id() > first.program().id());
        assertEquals(2, store.programs.all().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u202F\u3000", " \u0000\u0007 "})
    void aBlankNameIsMissing(String name) {
        assertInstanceOf(SetUpProgram.NameMissing.class, setUpProgram.setUp(PRINCIPAL, name));
        assertTrue(store.programs.all().isEmpty());
    }

    @Test
    void theNameIsStoredWithoutSurroundingSpaceOrControlCharacters() {
        var created = (SetUpProgram.Created) setUpProgram.setUp(PRINCIPAL, "\u00A0 Linde\tskolen 🌻\u0000\n");

        assertEquals("Linde skolen 🌻", created.program().name());
    }

    @Test
    void aNameOfMoreThan120CodePointsIsRefusedAndNothingIsStored() {
        var tooLong = assertInstanceOf(SetUpProgram.NameTooLong.class, setUpProgram.setUp(PRINCIPAL, "x".repeat(121)));

        assertEquals(Program.MAX_NAME_LENGTH, tooLong.maxLength());
        assertEquals(120, tooLong.maxLength());
        assertTrue(store.programs.all().isEmpty());
        assertTrue(store.rounds.all().isEmpty());
    }

    @Test
    void aNameOf120CodePointsIsKeptWholeEvenWhenMostAreEmoji() {
        // 40 × "👩‍🏫" (3 code points, 5 chars each): 120 code points but 200 chars.
        String name = "👩‍🏫".repeat(40);
        assertEquals(120, name.codePointCount(0, name.length()));

        var created = assertInstanceOf(SetUpProgram.Created.class, setUpProgram.setUp(PRINCIPAL, name));

        assertEquals(name, created.program().name());
    }

    @Test
    void oneMoreEmojiThan120CodePointsIsTooLong() {
        assertInstanceOf(SetUpProgram.NameTooLong.class, setUpProgram.setUp(PRINCIPAL, "🇳🇴".repeat(60) + "æ"));
    }

    private void assertNothingNewStored() {
        assertEquals(1, store.programs.all().size());
        assertEquals(1, store.rounds.all().size());
        assertEquals("Lindeskolen", store.programs.all().get(0).name());
    }
}
