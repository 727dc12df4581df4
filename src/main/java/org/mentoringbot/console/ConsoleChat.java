package org.mentoringbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.chat.Requester;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.core.member.Person;

/**
 * A local chat with the bot in the terminal, through the same parser, use cases and database as
 * Slack, so anyone can try it without a workspace. One user at a time; {@code /user NAME} switches.
 */
public final class ConsoleChat {
    static final String WORKSPACE = "console:local";
    private static final Set<String> QUIT = Set.of("quit", "exit", "/quit", "/exit");
    private static final Pattern SWITCH = Pattern.compile("(?i)/user(?:\\s+(.*))?");

    private final CommandDispatcher dispatcher;
    private final CommandParser parser = new CommandParser();
    private final Locale locale;
    private final ConsoleNames names;

    public ConsoleChat(CommandDispatcher dispatcher, Locale locale) {
        this(dispatcher, locale, new ConsoleNames());
    }

    /** A chat that names people as {@code platform} does: as they were first typed with /user. */
    public ConsoleChat(CommandDispatcher dispatcher, Locale locale, ConsolePlatform platform) {
        this(dispatcher, locale, platform.names());
    }

    private ConsoleChat(CommandDispatcher dispatcher, Locale locale, ConsoleNames names) {
        this.dispatcher = dispatcher;
        this.locale = locale;
        this.names = names;
    }

    /** Chats until the input ends or the user types quit. */
    public void run(String userName, InputStream in, PrintStream out) throws IOException {
        Requester requester = requester(userName);
        Messages messages = Messages.in(locale);
        out.println(messages.get("console.welcome", requester.person().displayName()));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        prompt(out, requester);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (QUIT.contains(trimmed.toLowerCase(Locale.ROOT))) {
                break;
            }
            Matcher switchTo = SWITCH.matcher(trimmed);
            if (switchTo.matches()) {
                String name = switchTo.group(1) == null ? "" : CommandParser.clean(switchTo.group(1));
                if (name.isEmpty()) {
                    out.println(messages.get("console.user.usage"));
                } else if (tooLong(name)) {
                    out.println("! " + messages.get("name.too.long", CommandParser.MAX_NAME_LENGTH));
                } else {
                    requester = requester(name);
                    out.println(messages.get("console.switched", requester.person().displayName()));
                }
            } else if (!trimmed.isEmpty()) {
                var reply = dispatcher.handle(requester, parser.parse(line));
                out.println(reply.accept(new ConsoleRenderer(Messages.in(requester.locale()), id -> names.nameOf(id, id))));
            }
            prompt(out, requester);
        }
        out.println();
    }

    private static void prompt(PrintStream out, Requester requester) {
        out.print(requester.person().displayName() + "> ");
        out.flush();
    }

    /** The name is the identity here: "/user Liv" twice, or "@liv", is the same person. */
    static String userIdOf(String name) {
        return ConsoleNames.idOf(name);
    }

    /** Longer than any name the bot takes (the console's --user is checked the same way). */
    public static boolean tooLong(String name) {
        String clean = CommandParser.clean(name);
        return clean.codePointCount(0, clean.length()) > CommandParser.MAX_NAME_LENGTH;
    }

    /** Someone by the name typed, shown as that id was first typed ("/user KARI" after "/user Kari" is Kari). */
    private Requester requester(String name) {
        String typed = CommandParser.clean(name).replaceFirst("^@", "");
        String displayName = names.remember(typed.isEmpty() ? "you" : typed);
        return new Requester(new Person(WORKSPACE, ConsoleNames.idOf(displayName), displayName), locale, ZoneId.systemDefault());
    }
}
