package org.mentoringbot.console;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentoringbot.chat.command.CommandParser;

/**
 * In the terminal a name is the identity: "/user Kari" and "@kari" are the same person, with id
 * "kari". This remembers how each id was first typed with /user, so replies say "Kari", not "kari".
 */
final class ConsoleNames {
    private final Map<String, String> firstTyped = new ConcurrentHashMap<>();

    /** The id for a typed name: cleaned, without a leading @, lower case. */
    static String idOf(String name) {
        return CommandParser.clean(name).replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    /** Remembers the name unless this id already has one; returns the one it has now. */
    String remember(String typed) {
        String name = CommandParser.clean(typed).replaceFirst("^@", "");
        return firstTyped.computeIfAbsent(idOf(name), id -> name);
    }

    /** The name first typed for this id, or {@code fallback} when nobody typed it yet. */
    String nameOf(String id, String fallback) {
        return firstTyped.getOrDefault(id, fallback);
    }
}
