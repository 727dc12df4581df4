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

    private final CommandDispatcher dispatcher;
    private final CommandParser parser = new CommandParser();
    private final Locale locale;

    public ConsoleChat(CommandDispatcher dispatcher, Locale locale) {
        this.dispatcher = dispatcher;
        this.locale = locale;
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
            if (trimmed.startsWith("/user ") && !trimmed.substring(6).isBlank()) {
                requester = requester(trimmed.substring(6));
                out.println(messages.get("console.switched", requester.person().displayName()));
            } else if (!trimmed.isEmpty()) {
                var reply = dispatcher.handle(requester, parser.parse(line));
                out.println(reply.accept(new ConsoleRenderer(Messages.in(requester.locale()))));
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
        return CommandParser.clean(name).replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private Requester requester(String name) {
        String displayName = CommandParser.clean(name);
        if (displayName.isEmpty()) {
            displayName = "you";
        }
        String userId = userIdOf(displayName);
        return new Requester(new Person(WORKSPACE, userId, displayName), locale, ZoneId.systemDefault());
    }
}
