package org.mentoringbot.chat.command;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentoringbot.usecase.ReflectionOccasion;

/**
 * The words of reflections, the round summary and one's own data: {@code reflect [baseline|end|session <id>]
 * [<mastery> <safety> [note...]]}, {@code reflections}, {@code summary [--preview]}, {@code my data},
 * {@code forget me}, and the buttons that mean them.
 */
final class ReflectionWords {
    static final String OPEN = "reflect.open";
    static final String LIST = "reflect.list";
    static final String FORGET_CONFIRM = "data.forget.confirm";

    // Scale values are read as numbers of any size here; the use case says 1 to 5 and stores nothing else.
    private static final Pattern VALUES = Pattern.compile("(\\d{1,9}) (\\d{1,9})(?: (.+))?", Pattern.DOTALL);
    private static final Pattern SESSION = Pattern.compile("(?i)session (\\d{1,18})(?: (.*))?");

    private ReflectionWords() {}

    static MentoringCommand reflect(String rest) {
        ReflectionOccasion occasion = ReflectionOccasion.DUE_NOW;
        String values = rest;
        String first = rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        Matcher session = SESSION.matcher(rest);
        if (session.matches()) {
            occasion = ReflectionOccasion.session(Long.parseLong(session.group(1)));
            values = session.group(2) == null ? "" : session.group(2);
        } else if (first.equals("baseline") || first.equals("end")) {
            occasion = first.equals("baseline") ? ReflectionOccasion.BASELINE : ReflectionOccasion.END_OF_ROUND;
            values = rest.length() > first.length() ? rest.substring(first.length()).strip() : "";
        }
        if (values.isEmpty()) {
            return new MentoringCommand.OpenReflection(occasion);
        }
        Matcher typed = VALUES.matcher(values);
        if (!typed.matches()) {
            return new MentoringCommand.Invalid("reflect.usage", List.of());
        }
        return new MentoringCommand.Reflect(occasion, Integer.parseInt(typed.group(1)), Integer.parseInt(typed.group(2)),
                typed.group(3));
    }

    static MentoringCommand summary(String rest, String clean) {
        return switch (rest.toLowerCase(Locale.ROOT)) {
            case "" -> new MentoringCommand.Summary(false);
            case "--preview", "preview" -> new MentoringCommand.Summary(true);
            default -> CommandParser.unknown(clean);
        };
    }

    static MentoringCommand reflections(String rest, String clean) {
        return rest.isEmpty() ? new MentoringCommand.ListReflections() : CommandParser.unknown(clean);
    }

    static MentoringCommand my(String rest) {
        return rest.equalsIgnoreCase("data") ? new MentoringCommand.ExportMyData()
                : new MentoringCommand.Invalid("data.my.usage", List.of());
    }

    static MentoringCommand forget(String rest) {
        return switch (rest.toLowerCase(Locale.ROOT)) {
            case "me" -> new MentoringCommand.ForgetMe(false);
            case "me confirm" -> new MentoringCommand.ForgetMe(true);
            default -> new MentoringCommand.Invalid("data.forget.usage", List.of());
        };
    }

    /** The command a button of ours means, or null when the id is not one of ours. */
    static MentoringCommand action(String actionId, String value) {
        if (OPEN.equals(actionId)) {
            return reflect(token(value));
        } else if (LIST.equals(actionId)) {
            return new MentoringCommand.ListReflections();
        } else if (FORGET_CONFIRM.equals(actionId)) {
            return new MentoringCommand.ForgetMe(true);
        }
        return null;
    }

    /** What to type for the same effect as the button, or null when it is not one of ours. */
    static String typedForm(String actionId, String value) {
        if (OPEN.equals(actionId)) {
            String words = token(value);
            return words.isEmpty() ? "reflect" : "reflect " + words;
        } else if (LIST.equals(actionId)) {
            return "reflections";
        } else if (FORGET_CONFIRM.equals(actionId)) {
            return "forget me confirm";
        }
        return null;
    }

    /** A button's occasion ("baseline", "end", "session:12", "due") as the words typed after reflect. */
    private static String token(String value) {
        if (value == null || value.equals("due")) {
            return "";
        }
        return CommandParser.clean(value.replace(':', ' '));
    }
}
