package org.mentoringbot;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as an operator starts it and a user talks to it: arguments, environment, stdin, stdout, stderr. */
class MentoringBotTest {
    @TempDir
    Path dir;

    /** What one run of the bot left behind. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @Test
    void aRoundOfTwoPeopleInTheConsole() {
        Run run = console(database(), """
                setup Lindeskolen
                join
                status
                /user Kari
                join
                status
                quit
                status
                """, "--user", "Åse", "--lang", "en");

        assertEquals(0, run.exit(), run.err());
        assertInOrder(run.out(),
                "You are Åse.",
                "The mentoring program Lindeskolen is set up, and round 1 is open.",
                "Welcome! You are in round 1. You are the first to join.",
                "Lindeskolen, run by Åse",
                "Round 1: open for joining",
                "1 person has joined.",
                "You are in this round.",
                "[Leave: leave]",
                "You are now Kari.",
                "Welcome! You are in round 1. 2 people have joined so far.",
                "2 people have joined.",
                "You are in this round.");
        assertEquals(1, count(run.out(), "2 people have joined."), "nothing after quit is answered");
    }

    @Test
    void theConversationIsStoredInTheDatabase() {
        Map<String, String> environment = database();
        console(environment, "setup Lindeskolen\njoin\n", "--user", "Åse");

        Run later = console(environment, "status\n", "--user", "Kari", "--lang", "en");

        assertInOrder(later.out(), "Lindeskolen, run by Åse", "1 person has joined.", "You have not joined this round.", "[Join: join]");
        assertTrue(Files.exists(dir.resolve("m.db")));
    }

    @Test
    void theConsoleAnswersInNorwegianWhenAsked() {
        Run run = console(database(), "status\nsetup Lindeskolen\njoin\nhjelp\n", "--lang", "nb", "--user", "Kari");

        assertEquals(0, run.exit(), run.err());
        assertInOrder(run.out(),
                "Det finnes ikke noe mentorprogram her ennå.",
                "Mentorprogrammet Lindeskolen er satt opp, og runde 1 er åpen.",
                "Velkommen! Du er med i runde 1. Du er den første som er med.",
                "[Gå ut: leave]",
                "Mentoring: dette kan du gjøre");
    }

    @Test
    void unknownWordsAreEchoedWithTheirApostrophe() {
        Run run = console(database(), "what's this?\n", "--lang", "en");

        assertTrue(run.out().contains("! Sorry, I don't know \"what's this?\". Type help to see what I can do."), run.out());
    }

    @Test
    void theEndOfInputEndsTheConsoleCleanly() {
        Run run = console(database(), "", "--lang", "en");

        assertEquals(0, run.exit());
        assertEquals("", run.err());
    }

    @Test
    void anUnknownModeShowsTheUsage() {
        Run run = run(List.of("chat"), database(), "");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown mode 'chat'"), run.err());
        assertTrue(run.err().contains(MentoringBot.USAGE), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownConsoleOptionShowsTheUsage() {
        Run run = console(database(), "", "--colour", "blue");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--colour") && run.err().contains(MentoringBot.USAGE), run.err());
    }

    @Test
    void helpShowsTheUsageAndSucceeds() {
        Run run = run(List.of("--help"), Map.of(), "");

        assertEquals(0, run.exit());
        assertTrue(run.out().contains(MentoringBot.USAGE));
    }

    @Test
    void aBadPortIsOneLineNamingTheVariable() {
        Map<String, String> environment = database();
        environment.put("MENTORING_HTTP_PORT", "abc");

        Run run = console(environment, "status\n");

        assertOneLineFailure(run, "MENTORING_HTTP_PORT");
    }

    @Test
    void aDatabaseUnderAFileIsOneClearLine() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path database = notAFolder.resolve("m.db");

        Run run = console(Map.of("MENTORING_DB_URL", "jdbc:sqlite:" + database), "status\n");

        assertOneLineFailure(run, notAFolder.toString());
        assertTrue(run.err().contains("database"), run.err());
    }

    @Test
    void aDatabaseOfAnUnknownKindIsOneClearLine() {
        Run run = console(Map.of("MENTORING_DB_URL", "jdbc:mysql://localhost/mentoring"), "status\n");

        assertOneLineFailure(run, "jdbc:sqlite: or jdbc:postgresql:");
    }

    @Test
    void servingWithoutSlackCredentialsIsOneLineNamingTheBotToken() {
        Run run = run(List.of("serve"), database(), "");

        assertOneLineFailure(run, "SLACK_BOT_TOKEN");
    }

    @Test
    void servingOnAPortThatIsTakenIsOneLineNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> environment = database();
            environment.putAll(Map.of(
                    "MENTORING_HTTP_HOST", taken.getInetAddress().getHostAddress(),
                    "MENTORING_HTTP_PORT", String.valueOf(taken.getLocalPort()),
                    "SLACK_BOT_TOKEN", "xoxb-1111-2222-test",
                    "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                    "SLACK_API_URL", "http://127.0.0.1:9/api/"));

            Run run = run(List.of("serve"), environment, "");

            assertOneLineFailure(run, "MENTORING_HTTP_PORT");
            assertTrue(run.err().contains(String.valueOf(taken.getLocalPort())), run.err());
        }
    }

    @Test
    void withoutArgumentsOrSlackCredentialsTheConsoleStartsAndSaysWhy() {
        Run run = run(List.of(), database(), "quit\n");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("SLACK_BOT_TOKEN"), run.err());
        assertTrue(run.out().contains("mentoring-bot console."), run.out());
    }

    private Map<String, String> database() {
        Map<String, String> environment = new HashMap<>();
        environment.put("MENTORING_DB_URL", "jdbc:sqlite:" + dir.resolve("m.db"));
        return environment;
    }

    private static Run console(Map<String, String> environment, String input, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("console"));
        args.addAll(List.of(options));
        return run(args, environment, input);
    }

    static Run run(List<String> args, Map<String, String> environment, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = MentoringBot.run(args, environment, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    outStream, errStream);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit code 2 and exactly one line on stderr that says what to fix: no stack trace, nothing on stdout. */
    static void assertOneLineFailure(Run run, String named) {
        assertAll(
                () -> assertEquals(2, run.exit(), run.err()),
                () -> assertEquals(1, run.errLines().size(), () -> "not one line:\n" + run.err()),
                () -> assertTrue(run.err().startsWith("mentoring-bot: "), run.err()),
                () -> assertTrue(run.err().contains(named), () -> "does not name " + named + ": " + run.err()),
                () -> assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err()),
                () -> assertEquals("", run.out()));
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, () -> "missing, or out of order: \"" + part + "\" in\n" + text);
            from = at + part.length();
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
