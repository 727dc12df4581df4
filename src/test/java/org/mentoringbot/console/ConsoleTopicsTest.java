package org.mentoringbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.ChatPorts;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.usecase.InMemoryStore;

/** A group's board in the terminal: buttons become the words to type, and they work when typed. */
class ConsoleTopicsTest {
    @Test
    void aBoardInTheConsole() throws Exception {
        String out = chat("""
                setup Lindeskolen
                leaders add @liv
                /user Kari
                join
                /user Ola
                join
                /user Nils
                join
                /user Liv
                groups accept
                /user Kari
                propose Foreldre som sender e-post sent
                /user Ola
                propose Jeg er redd for å gjøre feil --anonymous
                /user Nils
                topics
                topics vote 2
                agenda 1
                /user Liv
                topics
                agenda 1
                """, Locale.ENGLISH);

        assertTrue(out.contains("(to mentoring-r1-g1-1) A new topic is on group 1's board (2 open topics)."), out);
        assertTrue(out.contains("1. Foreldre som sender e-post sent\n     no votes · proposed by Kari  [Vote: topics vote 1]"), out);
        assertTrue(out.contains("2. Jeg er redd for å gjøre feil\n     no votes · anonymous  [Vote: topics vote 2]"), out);
        assertTrue(out.contains("Your vote for topic 2 is counted.\nTopics of group 1"), out);
        assertTrue(out.contains("1 vote · anonymous  [Take back my vote: topics vote 2]"), out);
        assertTrue(out.contains("! Only the group's leader sets the agenda."), out);
        assertTrue(out.contains("You lead this group: put topics on the next session's agenda"), out);
        assertTrue(out.contains("Group 1 has no session scheduled yet, so there is no agenda to set."), out);
        assertFalse(out.contains("proposed by Ola"), out);
    }

    @Test
    void inNorwegian() throws Exception {
        String out = chat("""
                setup Lindeskolen
                leaders add @liv
                /user Kari
                join
                /user Liv
                groups accept
                /user Kari
                propose Blåbær
                topics
                propose
                """, Locale.forLanguageTag("nb"));

        assertTrue(out.contains("Temaet ditt står på tavlen til gruppe 1 som nummer 1."), out);
        assertTrue(out.contains("1. Blåbær\n     ingen stemmer · ditt (trekk det med: topics withdraw 1)  [Stem: topics vote 1]"), out);
        assertTrue(out.contains("! Hva vil du snakke om?"), out);
    }

    private static String chat(String script, Locale locale) throws Exception {
        InMemoryStore store = new InMemoryStore();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsolePlatform platform = new ConsolePlatform(out, locale);
        CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(platform),
                new ChatPorts(platform, platform, platform, platform, Runnable::run));
        new ConsoleChat(dispatcher, locale).run("Åse", new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(-1, text.indexOf('{'), text);
        return text;
    }
}
