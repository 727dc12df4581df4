package org.mentoringbot.chat.command;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed, or the id of a button they clicked, into a {@link MentoringCommand}.
 * The one place that knows command words, for every platform.
 */
public final class CommandParser {
    /** Unknown text is echoed back at most this long, so a huge paste can't flood the reply. */
    static final int MAX_ECHO = 60;

    /** The longest name taken, typed after @ (or with the console's /user); Slack's own are at most 80. */
    public static final int MAX_NAME_LENGTH = 200;

    /** The id of the buttons that answer "which 02:30 did you mean?"; their values come from {@link #sessionAtValue}. */
    public static final String SESSION_AT = SessionCommandParser.AT_ACTION;

    // Zero-width and joiner-like characters that make two identical-looking words differ, and the
    // bidi marks that right-to-left keyboards and pasted RTL text put around words.
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    // Control characters (C0, DEL, C1) and every kind of Unicode space or line break.
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");
    // Platform prefixes people paste or type: "/mentoring join", "@Mentoring join".
    private static final Pattern PREFIX = Pattern.compile("^(?:/mentoring|@mentoring)(?:\\s+|$)", Pattern.CASE_INSENSITIVE);
    // <@U123|name> or <@U123> (Slack, escaping on), or @name as typed.
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>|@([\\p{L}\\p{N}._-]+)");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, String> ROLE_WORDS = Map.of(
            "teacher", "teacher", "lærer", "teacher",
            "special-educator", "special-educator", "spesialpedagog", "special-educator",
            "assistant", "assistant", "assistent", "assistant");

    private static final Map<String, String> ACTION_WORDS = Map.of(
            "round.join", "join",
            "round.leave", "leave",
            "round.status", "status",
            "round.pause.resume", "resume",
            "groups.edit", "groups",
            "groups.propose", "groups propose",
            "groups.accept", "groups accept",
            "home", "home",
            "help", "help");

    public MentoringCommand parse(String text) {
        String clean = clean(text);
        clean = PREFIX.matcher(clean).replaceFirst("");
        if (clean.isEmpty()) {
            return new MentoringCommand.Help();
        }
        String[] words = clean.split(" ", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1] : "";
        return switch (word) {
            case "help", "hjelp", "?" -> new MentoringCommand.Help();
            case "setup" -> new MentoringCommand.SetUp(rest);
            case "join" -> join(rest, clean);
            case "leave" -> rest.isEmpty() ? new MentoringCommand.Leave() : unknown(clean);
            case "status" -> rest.isEmpty() ? new MentoringCommand.Status() : unknown(clean);
            case "home" -> rest.isEmpty() ? new MentoringCommand.Home() : unknown(clean);
            case "pause" -> pause(rest);
            case "resume" -> rest.isEmpty() ? new MentoringCommand.Resume() : unknown(clean);
            case "mute", "unmute" -> rest.isEmpty() || rest.equalsIgnoreCase("reminders")
                    ? new MentoringCommand.MuteReminders(word.equals("mute")) : unknown(clean);
            case "leaders" -> leaders(rest, clean);
            case "round" -> round(rest, clean);
            case "groups" -> groups(rest, clean);
            case "exclude" -> exclude(rest);
            case "reflect" -> ReflectionWords.reflect(rest);
            case "reflections" -> ReflectionWords.reflections(rest, clean);
            case "summary" -> ReflectionWords.summary(rest, clean);
            case "my" -> ReflectionWords.my(rest);
            case "forget" -> ReflectionWords.forget(rest);
            case "propose", "topics", "agenda" -> TopicWords.parse(word, rest);
            case "schedule" -> SessionCommandParser.schedule(rest);
            case "sessions" -> rest.isEmpty() ? new MentoringCommand.ListSessions() : unknown(clean);
            case "reschedule" -> SessionCommandParser.reschedule(rest);
            case "cancel" -> SessionCommandParser.cancel(rest);
            case "attendance" -> SessionCommandParser.attendance(rest);
            default -> unknown(clean);
        };
    }

    /** Buttons carry action ids such as {@code round.join}; each means exactly its typed words. */
    public MentoringCommand parseAction(String actionId, String value) {
        MentoringCommand topicAction = TopicWords.action(actionId, value);
        if (topicAction != null) {
            return topicAction;
        }
        if ("group.seat".equals(actionId) && value != null) {
            String[] parts = value.split(":", 2);
            try {
                return new MentoringCommand.SeatMember(Long.parseLong(parts[0]), parts[1]);
            } catch (RuntimeException e) {
                return unknown(clean(value));
            }
        }
        MentoringCommand ours = ReflectionWords.action(actionId, value);
        if (ours != null) {
            return ours;
        }
        if (SessionCommandParser.AT_ACTION.equals(actionId)) {
            MentoringCommand command = SessionCommandParser.fromButton(value);
            return command == null ? unknown(clean(value)) : command;
        }
        String typed = ACTION_WORDS.get(actionId == null ? "" : actionId);
        return typed == null ? unknown(clean(actionId)) : parse(typed);
    }

    public MentoringCommand parseAction(String actionId) {
        return parseAction(actionId, null);
    }

    /** What to type for the same effect as the button with this action id (and value). */
    public static String typedFormOf(String actionId, String value) {
        if ("group.seat".equals(actionId) && value != null) {
            return "groups seat " + value.replace(':', ' ');
        }
        String reflection = ReflectionWords.typedForm(actionId, value);
        if (reflection != null) {
            return reflection;
        }
        String topicWords = TopicWords.typedFormOf(actionId, value);
        if (topicWords != null) {
            return topicWords;
        }
        if (SessionCommandParser.AT_ACTION.equals(actionId) && value != null) {
            return SessionCommandParser.typedFormOf(value);
        }
        return ACTION_WORDS.getOrDefault(actionId, "help");
    }

    /**
     * The value of a {@link #SESSION_AT} button that runs this schedule or reschedule command at
     * exactly the instant its date and time have at this UTC offset.
     */
    public static String sessionAtValue(MentoringCommand command, ZoneOffset offset) {
        return SessionCommandParser.buttonValue(command, offset);
    }

    /** Removes invisible and control characters and folds every run of spaces into one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACE_LIKE.matcher(visible).replaceAll(" ").strip();
    }

    private static MentoringCommand join(String rest, String clean) {
        if (rest.isEmpty()) {
            return new MentoringCommand.Join();
        }
        String role = ROLE_WORDS.get(rest.toLowerCase(Locale.ROOT).replaceFirst("^as ", ""));
        return role == null ? unknown(clean) : new MentoringCommand.Join(role);
    }

    private static MentoringCommand pause(String rest) {
        String date = rest.toLowerCase(Locale.ROOT).matches("until( .*)?") ? rest.substring(5).strip() : rest;
        if (date.isEmpty()) {
            return new MentoringCommand.Invalid("pause.usage", List.of());
        }
        LocalDate day = date(date);
        return day == null ? new MentoringCommand.Invalid("date.invalid", List.of(date)) : new MentoringCommand.Pause(day);
    }

    private static MentoringCommand leaders(String rest, String clean) {
        if (rest.isEmpty()) {
            return new MentoringCommand.ListLeaders();
        }
        String[] words = rest.split(" ", 2);
        String action = words[0].toLowerCase(Locale.ROOT);
        List<PersonRef> people = mentions(words.length > 1 ? words[1] : "");
        if (namesTooLong(people)) {
            return nameTooLong();
        }
        return switch (action) {
            case "add" -> people.isEmpty() ? new MentoringCommand.Invalid("leaders.usage", List.of())
                    : new MentoringCommand.AddLeaders(people);
            case "remove" -> people.size() != 1 ? new MentoringCommand.Invalid("leaders.usage", List.of())
                    : new MentoringCommand.RemoveLeader(people.get(0));
            default -> unknown(clean);
        };
    }

    private static MentoringCommand round(String rest, String clean) {
        String[] words = rest.split(" ", 2);
        String action = words[0].toLowerCase(Locale.ROOT);
        String args = words.length > 1 ? words[1] : "";
        return switch (action) {
            case "" -> new MentoringCommand.Status();
            case "open" -> openRound(args);
            case "close" -> args.isEmpty() ? new MentoringCommand.CloseRound() : unknown(clean);
            case "settings" -> roundSettings(args);
            default -> unknown(clean);
        };
    }

    private static MentoringCommand openRound(String args) {
        Matcher until = Pattern.compile("(?:^| )--until(?: (\\S+))?").matcher(args);
        LocalDate endsOn = null;
        String name = args;
        if (until.find()) {
            if (until.group(1) == null) {
                return new MentoringCommand.Invalid("date.missing", List.of());
            }
            endsOn = date(until.group(1));
            if (endsOn == null) {
                return new MentoringCommand.Invalid("date.invalid", List.of(until.group(1)));
            }
            name = (args.substring(0, until.start()) + args.substring(until.end())).strip();
        }
        return new MentoringCommand.OpenRound(name.isEmpty() ? null : name, endsOn);
    }

    private static MentoringCommand roundSettings(String args) {
        Integer size = null;
        Integer capacity = null;
        boolean noLimit = false;
        Set<String> seen = new HashSet<>();
        String[] words = args.isEmpty() ? new String[0] : args.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String key = words[i];
            String value = i + 1 < words.length ? words[++i] : "";
            if ((key.equals("size") || key.equals("max")) && !seen.add(key)) {
                return new MentoringCommand.Invalid("round.settings.repeated", List.of(key));
            }
            if ((key.equals("size") || key.equals("max")) && value.matches("-?\\d+")) {
                // Any whole number goes on, however large or negative, so the refusal can say the allowed range.
                if (key.equals("size")) {
                    size = saturated(value);
                } else {
                    capacity = saturated(value);
                }
            } else if (key.equals("max") && (value.equals("none") || value.equals("off"))) {
                noLimit = true;
            } else {
                return new MentoringCommand.Invalid("round.settings.usage", List.of());
            }
        }
        return new MentoringCommand.RoundSettings(size, capacity, noLimit);
    }

    /** A typed whole number as an int, the nearest one when it is beyond an int's range. */
    private static int saturated(String digits) {
        BigInteger value = new BigInteger(digits);
        return value.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static MentoringCommand groups(String rest, String clean) {
        Matcher seat = Pattern.compile("(?i)seat (\\d{1,18}) (\\S+)").matcher(rest);
        if (seat.matches()) {
            return new MentoringCommand.SeatMember(Long.parseLong(seat.group(1)), seat.group(2));
        }
        return switch (rest.toLowerCase(Locale.ROOT)) {
            case "" -> new MentoringCommand.EditGroups();
            case "propose" -> new MentoringCommand.ProposeGroups();
            case "accept" -> new MentoringCommand.AcceptGroups();
            default -> unknown(clean);
        };
    }

    private static MentoringCommand exclude(String rest) {
        List<PersonRef> people = mentions(rest);
        if (namesTooLong(people)) {
            return nameTooLong();
        }
        return people.size() == 2 ? new MentoringCommand.Exclude(people.get(0), people.get(1))
                : new MentoringCommand.Invalid("exclude.usage", List.of());
    }

    /** Every person named in the text; anything else in it is ignored. */
    static List<PersonRef> mentions(String text) {
        List<PersonRef> people = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                String handle = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2);
                people.add(new PersonRef(m.group(1), handle));
            } else {
                people.add(new PersonRef(null, m.group(3)));
            }
        }
        return people;
    }

    /** True when someone is named by more than {@link #MAX_NAME_LENGTH} characters: nobody is called that. */
    static boolean namesTooLong(List<PersonRef> people) {
        return people.stream().map(PersonRef::handle)
                .anyMatch(handle -> handle != null && handle.codePointCount(0, handle.length()) > MAX_NAME_LENGTH);
    }

    static MentoringCommand nameTooLong() {
        return new MentoringCommand.Invalid("name.too.long", List.of(MAX_NAME_LENGTH));
    }

    /** 2027-01-14 or 14.1.2027; null when it is not a real day. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, NORWEGIAN_DATE);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    static MentoringCommand unknown(String clean) {
        if (clean.codePointCount(0, clean.length()) <= MAX_ECHO) {
            return new MentoringCommand.Unknown(clean);
        }
        int end = clean.offsetByCodePoints(0, MAX_ECHO);
        return new MentoringCommand.Unknown(clean.substring(0, end) + "…");
    }
}
