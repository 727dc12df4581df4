package org.mentoringbot.chat.command;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a user typed, or the id of a button they clicked, into a {@link MentoringCommand}.
 * The one place that knows command words, for every platform.
 */
public final class CommandParser {
    /** Unknown text is echoed back at most this long, so a huge paste can't flood the reply. */
    static final int MAX_ECHO = 60;

    // Zero-width and joiner-like characters that make two identical-looking words differ, and the
    // bidi marks that right-to-left keyboards and pasted RTL text put around words.
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    // Control characters (C0, DEL, C1) and every kind of Unicode space or line break.
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");
    // Platform prefixes people paste or type: "/mentoring join", "@Mentoring join".
    private static final Pattern PREFIX = Pattern.compile("^(?:/mentoring|@mentoring)(?:\\s+|$)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ACTION_WORDS = Map.of(
            "round.join", "join",
            "round.leave", "leave",
            "round.status", "status",
            "help", "help");

    public MentoringCommand parse(String text) {
        String clean = clean(text);
        clean = PREFIX.matcher(clean).replaceFirst("");
        if (clean.isEmpty()) {
            return new MentoringCommand.Help();
        }
        int space = clean.indexOf(' ');
        String word = (space < 0 ? clean : clean.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : clean.substring(space + 1);
        return switch (word) {
            case "help", "hjelp", "?" -> new MentoringCommand.Help();
            case "setup" -> new MentoringCommand.SetUp(rest);
            case "join" -> rest.isEmpty() ? new MentoringCommand.Join() : unknown(clean);
            case "leave" -> rest.isEmpty() ? new MentoringCommand.Leave() : unknown(clean);
            case "status" -> rest.isEmpty() ? new MentoringCommand.Status() : unknown(clean);
            default -> unknown(clean);
        };
    }

    /** Buttons carry action ids such as {@code round.join}; each means exactly its typed words. */
    public MentoringCommand parseAction(String actionId) {
        String typed = ACTION_WORDS.get(actionId == null ? "" : actionId);
        return typed == null ? unknown(clean(actionId)) : parse(typed);
    }

    /** What to type for the same effect as the button with this action id. */
    public static String typedFormOf(String actionId) {
        return ACTION_WORDS.getOrDefault(actionId, "help");
    }

    /** Removes invisible and control characters and folds every run of spaces into one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACE_LIKE.matcher(visible).replaceAll(" ").strip();
    }

    private static MentoringCommand unknown(String clean) {
        if (clean.codePointCount(0, clean.length()) <= MAX_ECHO) {
            return new MentoringCommand.Unknown(clean);
        }
        int end = clean.offsetByCodePoints(0, MAX_ECHO);
        return new MentoringCommand.Unknown(clean.substring(0, end) + "…");
    }
}
