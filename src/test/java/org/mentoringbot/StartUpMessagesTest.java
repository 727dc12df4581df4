package org.mentoringbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A start-up that fails names the setting to change, in one line. */
class StartUpMessagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "no-such-host.invalid"})
    void aHostThatIsNoAddressNamesTheHostSetting(String host) {
        MentoringBotTest.Run run = serve(Map.of("MENTORING_HTTP_HOST", host));

        MentoringBotTest.assertOneLineFailure(run, "MENTORING_HTTP_HOST");
        assertTrue(run.err().contains("mentoring.http.host") && run.err().contains(host), run.err());
        assertFalse(run.err().contains("MENTORING_HTTP_PORT"), "the port is fine: " + run.err());
    }

    @Test
    void anAddressThisMachineDoesNotHaveNamesTheHostSettingToo() {
        // 192.0.2.1 is TEST-NET-1: a real address, but never one of ours.
        MentoringBotTest.Run run = serve(Map.of("MENTORING_HTTP_HOST", "192.0.2.1"));

        MentoringBotTest.assertOneLineFailure(run, "MENTORING_HTTP_HOST");
        assertTrue(run.err().contains("192.0.2.1"), run.err());
    }

    @Test
    void aDatabaseThatCannotBeOpenedNamesTheDatabaseSetting() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder.db"));

        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console"), Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + folder), "");

        MentoringBotTest.assertOneLineFailure(run, "MENTORING_DB_URL");
        assertTrue(run.err().contains("mentoring.db.url") && run.err().contains("cannot open the database"), run.err());
    }

    @Test
    void aDatabaseOfAnUnknownKindNamesTheDatabaseSetting() {
        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console"), Map.of("MENTORING_DB_URL", "jdbc:mysql://x/y"), "");

        MentoringBotTest.assertOneLineFailure(run, "MENTORING_DB_URL");
    }

    @Test
    void aNewDatabaseFileInAFolderThatCannotBeWrittenBlamesTheFolder() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere; JdbcUrlTest covers the rule");
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));

        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console"),
                Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + folder.resolve("m.db")), "");

        MentoringBotTest.assertOneLineFailure(run, "the folder " + folder);
    }

    @Test
    void aLanguageWithoutWordingSaysWhichLanguagesThereAreAndAnswersInEnglish() {
        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console", "--lang", "de", "--user", "Kari"),
                Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db")), "status\n");

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("mentoring-bot: there is no wording in 'de' yet, so the console answers in English (languages: en, nb)"),
                run.errLines());
        assertTrue(run.out().contains("There is no mentoring program here yet"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "no", "nn"})
    void aLanguageWithWordingIsTakenQuietly(String language) {
        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console", "--lang", language),
                Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db")), "");

        assertEquals("", run.err());
    }

    @Test
    void aConsoleUserNameLongerThan200CharactersIsRefused() {
        MentoringBotTest.Run run = MentoringBotTest.run(List.of("console", "--user", "x".repeat(201)),
                Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db")), "");

        MentoringBotTest.assertOneLineFailure(run, "at most 200 characters");
    }

    private MentoringBotTest.Run serve(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db"));
        environment.put("MENTORING_HTTP_PORT", "0");
        environment.put("SLACK_BOT_TOKEN", "xoxb-1111-2222-test");
        environment.put("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5");
        environment.put("SLACK_API_URL", "http://127.0.0.1:9/api/"); // nobody there: the token stays unverified
        return MentoringBotTest.run(List.of("serve"), environment, "");
    }
}
