package org.mentoringbot.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.ChatPorts;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.usecase.InMemoryStore;

/** In the terminal people are who they say with /user, shown as they first typed their name. */
class ConsoleNamesTest {
    @Test
    void namesAreShownAsFirstTypedNotAsTheirLowerCaseIds() {
        String out = chat("""
                setup Lindeskolen
                /user Kari
                join
                /user Ola
                join
                /user Nils
                join
                /user Åse
                leaders add @kari
                groups
                /user KARI
                groups accept
                home
                """);

        assertTrue(out.contains("New group leader: Kari."), out);
        assertTrue(out.contains("Group 1, led by Kari: Nils, Ola"), "the editor names people, not ids:\n" + out);
        assertFalse(out.contains("nils, ola") || out.contains("led by kari"), out);
        assertTrue(out.contains("You are now Kari."), "/user KARI is Kari, as first typed:\n" + out);
        assertTrue(out.contains("Kari> "), out);
        assertFalse(out.contains("KARI> "), out);
    }

    @Test
    void userAloneSaysHowToUseIt() {
        String out = chat("/user\n/user   \nstatus\n");

        assertTrue(out.contains("Type /user and a name to be someone else, for example: /user Kari"), out);
        assertFalse(out.contains("I don't know"), out);
        assertTrue(out.contains("Åse> "), "still Åse");
    }

    @Test
    void userIsUnderstoodInAnyCase() {
        String out = chat("/USER Kari\n/User Ola\n");

        assertTrue(out.contains("You are now Kari.") && out.contains("You are now Ola."), out);
        assertFalse(out.contains("I don't know"), out);
    }

    @Test
    void aNameLongerThan200CharactersIsRefusedInUserAndInMentions() {
        String longName = "k".repeat(201);
        String out = chat("setup Lindeskolen\n/user " + longName + "\nleaders add @" + longName + "\nexclude @ola @" + longName
                + "\nleaders\n/user " + "k".repeat(200) + "\n");

        assertTrue(out.contains("! A name can be at most 200 characters."), out);
        assertFalse(out.contains("You are now " + longName), "the first /user was refused");
        assertTrue(out.split("A name can be at most 200 characters", -1).length - 1 == 3, "refused in /user, leaders and exclude:\n" + out);
        assertTrue(out.contains("No group leaders have been named yet."), "nobody was added:\n" + out);
        assertTrue(out.contains("You are now " + "k".repeat(200) + "."), "200 is fine");
    }

    @Test
    void theHelpKeepsItsColumnNarrowAndPutsLongUsagesOnTheirOwnLine() {
        List<String> lines = chat("help\n").lines().toList();

        String help = lines.stream().filter(l -> l.startsWith("  help ")).findFirst().orElseThrow();
        assertTrue(help.indexOf("Show this help.") <= 2 + ConsoleRenderer.USAGE_COLUMN + 2, help);
        int round = lines.indexOf(lines.stream().filter(l -> l.startsWith("  round open")).findFirst().orElseThrow());
        assertTrue(lines.get(round).endsWith("none]"), "the long usage stands alone: " + lines.get(round));
        assertTrue(lines.get(round + 1).strip().startsWith("The owner opens"), lines.get(round + 1));
        assertTrue(lines.get(round + 1).indexOf("The owner") == help.indexOf("Show this help."), "descriptions line up");
        assertTrue(lines.stream().allMatch(l -> !l.contains(" ".repeat(ConsoleRenderer.USAGE_COLUMN + 4))), "no wide padding");
    }

    private static String chat(String script) {
        Locale locale = Locale.ENGLISH;
        InMemoryStore store = new InMemoryStore();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsolePlatform platform = new ConsolePlatform(out, locale);
        CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(platform),
                new ChatPorts(platform, platform, platform, platform, Runnable::run));
        try {
            new ConsoleChat(dispatcher, locale, platform).run("Åse", new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
