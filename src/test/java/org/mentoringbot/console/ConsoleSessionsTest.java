package org.mentoringbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.ChatFiles;
import org.mentoringbot.chat.ChatPorts;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.usecase.InMemoryStore;

/**
 * Sessions in the terminal, where there are no forms and no buttons: the bot says what to type,
 * and typing it does what the button would. The terminal's time zone is Oslo here.
 */
class ConsoleSessionsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final List<String> shared = new CopyOnWriteArrayList<>();
    private TimeZone before;

    @BeforeEach
    void inOslo() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Oslo"));
    }

    @AfterEach
    void back() {
        TimeZone.setDefault(before);
    }

    private String chat(String script) throws Exception {
        InMemoryStore store = new InMemoryStore();
        ConsolePlatform platform = new ConsolePlatform(out, Locale.ENGLISH);
        ChatFiles files = (where, name, title, content, comment) -> shared.add(where.conversation() + " " + name + ": " + comment);
        CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(platform),
                new ChatPorts(platform, platform, platform, files, Runnable::run));
        new ConsoleChat(dispatcher, Locale.ENGLISH).run("Åse", new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLeaderPlansASessionByTypingAndAnswersTheDaylightSavingQuestionByTyping() throws Exception {
        String text = chat("""
                setup Lindeskolen
                leaders add @Kari
                /user Anna
                join
                /user Bo
                join
                /user Kari
                groups accept
                schedule
                schedule 2027-01-14 15:00 90m Rom 204
                schedule 2027-10-31 02:30 Rom 204
                schedule group 1 2027-10-31 02:30+01:00 Rom 204
                sessions
                /user Anna
                sessions
                schedule 2027-01-15 15:00
                /user Kari
                cancel 1
                """);

        assertInOrder(text,
                "There are no forms here: type the session instead, for example: schedule 2027-01-14 15:00 60m Room 204 (times in Europe/Oslo).",
                // What the group is told is printed first: the terminal runs it before the answer.
                "(to mentoring-r1-g1-1) Kari planned session 1 for group 1: 2027-01-14 15:00–16:30 (Europe/Oslo), Rom 204.",
                "Session 1 of group 1 is planned: Thursday, January 14, 2027, 3:00 PM–4:30 PM. Place: Rom 204.",
                "2:30 AM happens twice on October 31, 2027 in Europe/Oslo",
                "[First 2:30 AM (UTC+02:00, summer time): schedule group 1 2027-10-31 02:30+02:00 Rom 204]",
                "[Second 2:30 AM (UTC+01:00, winter time): schedule group 1 2027-10-31 02:30+01:00 Rom 204]",
                "(to mentoring-r1-g1-1) Kari planned session 2 for group 1: 2027-10-31 02:30+01:00–03:30 (Europe/Oslo), Rom 204.",
                "Session 2 of group 1 is planned: Sunday, October 31, 2027, 2:30 AM (UTC+01:00)–3:30 AM.",
                "Upcoming sessions (times in Europe/Oslo):",
                "• #1 Thursday, January 14, 2027, 3:00 PM–4:30 PM · Rom 204",
                "• #2 Sunday, October 31, 2027, 2:30 AM (UTC+01:00)–3:30 AM · Rom 204",
                "You are now Anna.",
                "• #1 Thursday, January 14, 2027, 3:00 PM–4:30 PM · Rom 204",
                "! Only group leaders and the program's owner can do that.",
                "You are now Kari.",
                "(to mentoring-r1-g1-1) Kari cancelled session 1 of group 1 (2027-01-14 15:00–16:30 (Europe/Oslo)).",
                "Session 1 of group 1 (Thursday, January 14, 2027, 3:00 PM–4:30 PM) is cancelled.");
        assertEquals(List.of(
                "mentoring-r1-g1-1 mentoring-session-1.ics: Open this file to put session 1 of group 1 in your calendar.",
                "mentoring-r1-g1-1 mentoring-session-2.ics: Open this file to put session 2 of group 1 in your calendar.",
                "mentoring-r1-g1-1 mentoring-session-1.ics: Open this file to take session 1 of group 1 out of your calendar."), shared);
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, () -> "missing, or out of order: \"" + part + "\" in\n" + text);
            from = at + part.length();
        }
    }
}
