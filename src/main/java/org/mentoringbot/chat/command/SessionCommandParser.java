package org.mentoringbot.chat.command;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session commands' words: {@code schedule}, {@code reschedule}, {@code cancel} and
 * {@code attendance}, and the value of the button that answers "which 02:30 did you mean?".
 *
 * <p>{@code schedule [group <n>] <date> <time> [<length>] [<place or link>]}, where the date is
 * 2027-01-14 or 14.1.2027, the time 15:00 or 15.00 (optionally with a UTC offset, 02:30+02:00),
 * the length 60m, 90m, 1h or 1h30m (60 minutes when left out), and the rest is the place.
 */
final class SessionCommandParser {
    static final String AT_ACTION = "session.at";

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NORWEGIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(Z|[+-]\\d{2}(?::?\\d{2})?)?", Pattern.CASE_INSENSITIVE);
    /** Anything that starts like a length: a number glued to h, t (Norwegian "time"), m or min. */
    private static final Pattern LENGTH_LIKE = Pattern.compile("\\d+(?:h|t|m|min)\\S*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d{1,2})[ht](?:(\\d{1,3})(?:m|min)?)?|(\\d{1,4})(?:m|min))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION_NUMBER = Pattern.compile("#?(\\d{1,15})");
    private static final Pattern GROUP_NUMBER = Pattern.compile("#?(\\d{1,4})");
    /** A link as Slack sends it with escaping on: {@code <https://meet.example/abc>} or {@code <https://...|label>}. */
    private static final Pattern SLACK_LINK = Pattern.compile("<((?:https?|mailto|tel):[^|<>\\s]+)(?:\\|[^<>]*)?>");
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>|@[\\p{L}\\p{N}._-]+");
    private static final DateTimeFormatter BUTTON_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private SessionCommandParser() {}

    /** What follows {@code schedule}. */
    static MentoringCommand schedule(String rest) {
        List<String> words = words(rest);
        Integer group = null;
        if (!words.isEmpty() && isGroupWord(words.get(0))) {
            Matcher number = words.size() > 1 ? GROUP_NUMBER.matcher(words.get(1)) : null;
            if (number == null || !number.matches()) {
                return invalid("session.usage");
            }
            group = Integer.parseInt(number.group(1));
            words = words.subList(2, words.size());
        }
        if (words.isEmpty()) {
            return new MentoringCommand.ScheduleForm(group);
        }
        Slot slot = slot(words);
        if (slot.problem() != null) {
            return slot.problem();
        }
        return new MentoringCommand.Schedule(null, group, slot.date(), slot.time(), slot.offset(), null, slot.length(),
                slot.place(), List.of(), false);
    }

    /** What follows {@code reschedule}: the session's number, then the same as for schedule. */
    static MentoringCommand reschedule(String rest) {
        List<String> words = words(rest);
        if (words.isEmpty()) {
            return invalid("session.reschedule.usage");
        }
        Long number = sessionNumber(words.get(0));
        if (number == null) {
            return invalid("session.number.invalid", words.get(0));
        }
        if (words.size() < 2) {
            return invalid("session.reschedule.usage");
        }
        Slot slot = slot(words.subList(1, words.size()));
        if (slot.problem() != null) {
            return slot.problem();
        }
        return new MentoringCommand.Reschedule(number, slot.date(), slot.time(), slot.offset(), slot.length(), slot.place());
    }

    static MentoringCommand cancel(String rest) {
        List<String> words = words(rest);
        if (words.size() != 1) {
            return invalid("session.cancel.usage");
        }
        Long number = sessionNumber(words.get(0));
        return number == null ? invalid("session.number.invalid", words.get(0)) : new MentoringCommand.CancelSession(number);
    }

    /** {@code attendance <n> [absent @a @b] [present @c]}. */
    static MentoringCommand attendance(String rest) {
        List<String> words = words(rest);
        if (words.isEmpty()) {
            return invalid("session.attendance.usage");
        }
        Long number = sessionNumber(words.get(0));
        if (number == null) {
            return invalid("session.number.invalid", words.get(0));
        }
        List<PersonRef> absent = new ArrayList<>();
        List<PersonRef> present = new ArrayList<>();
        List<PersonRef> marking = null;
        for (String word : words.subList(1, words.size())) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("absent") || lower.equals("borte") || lower.equals("fraværende")) {
                marking = absent;
            } else if (lower.equals("present") || lower.equals("til-stede") || lower.equals("tilstede")) {
                marking = present;
            } else if (marking != null && MENTION.matcher(word).matches()) {
                marking.addAll(CommandParser.mentions(word));
            } else {
                return invalid("session.attendance.usage");
            }
        }
        if (marking != null && absent.isEmpty() && present.isEmpty()) {
            return invalid("session.attendance.usage");
        }
        if (CommandParser.namesTooLong(absent) || CommandParser.namesTooLong(present)) {
            return CommandParser.nameTooLong();
        }
        return new MentoringCommand.Attendance(number, absent, present);
    }

    /** The command a "which time?" button carries: exactly the instant the user chose, and the rest they asked for. */
    static MentoringCommand fromButton(String value) {
        Map<String, String> fields = fields(value);
        try {
            OffsetDateTime at = OffsetDateTime.parse(fields.get("at"), BUTTON_TIME);
            Duration length = fields.containsKey("minutes") ? Duration.ofMinutes(Long.parseLong(fields.get("minutes"))) : null;
            String place = fields.get("place");
            if ("reschedule".equals(fields.get(""))) {
                return new MentoringCommand.Reschedule(Long.parseLong(fields.get("session")), at.toLocalDate(), at.toLocalTime(),
                        at.getOffset(), length, place);
            }
            if ("schedule".equals(fields.get(""))) {
                List<Long> topics = new ArrayList<>();
                if (fields.containsKey("topics") && !fields.get("topics").isEmpty()) {
                    for (String id : fields.get("topics").split(",")) {
                        topics.add(Long.parseLong(id));
                    }
                }
                Long groupId = fields.containsKey("group") ? Long.valueOf(fields.get("group")) : null;
                return new MentoringCommand.Schedule(groupId, null, at.toLocalDate(), at.toLocalTime(), at.getOffset(), null,
                        length, place, topics, false);
            }
        } catch (RuntimeException e) {
            // a value we did not make: fall through
        }
        return null;
    }

    /** The value of a button that runs this command as is. */
    static String buttonValue(MentoringCommand command, ZoneOffset offset) {
        StringBuilder value = new StringBuilder();
        if (command instanceof MentoringCommand.Schedule s) {
            value.append("schedule");
            if (s.groupId() != null) {
                value.append(";group=").append(s.groupId());
            }
            if (s.groupNumber() != null) {
                value.append(";number=").append(s.groupNumber());
            }
            value.append(";at=").append(BUTTON_TIME.format(s.date().atTime(s.time()).atOffset(offset)));
            if (s.length() != null) {
                value.append(";minutes=").append(s.length().toMinutes());
            }
            if (!s.topicIds().isEmpty()) {
                value.append(";topics=").append(String.join(",", s.topicIds().stream().map(String::valueOf).toList()));
            }
            if (s.place() != null) {
                value.append(";place=").append(s.place());
            }
        } else if (command instanceof MentoringCommand.Reschedule r) {
            value.append("reschedule;session=").append(r.sessionId());
            value.append(";at=").append(BUTTON_TIME.format(r.date().atTime(r.time()).atOffset(offset)));
            if (r.length() != null) {
                value.append(";minutes=").append(r.length().toMinutes());
            }
            if (r.place() != null) {
                value.append(";place=").append(r.place());
            }
        } else {
            throw new IllegalArgumentException("no button for " + command.getClass().getSimpleName());
        }
        return value.toString();
    }

    /** What to type for the same effect as the button (the agenda, which only the form sets, aside). */
    static String typedFormOf(String value) {
        Map<String, String> fields = fields(value);
        try {
            OffsetDateTime at = OffsetDateTime.parse(fields.get("at"), BUTTON_TIME);
            StringBuilder typed = new StringBuilder();
            if ("reschedule".equals(fields.get(""))) {
                typed.append("reschedule ").append(fields.get("session"));
            } else {
                typed.append("schedule");
                if (fields.containsKey("number")) {
                    typed.append(" group ").append(fields.get("number"));
                }
            }
            typed.append(' ').append(at.toLocalDate()).append(' ').append(at.toLocalTime()).append(at.getOffset().getId());
            if (fields.containsKey("minutes")) {
                typed.append(' ').append(fields.get("minutes")).append('m');
            }
            if (fields.containsKey("place")) {
                typed.append(' ').append(fields.get("place"));
            }
            return typed.toString();
        } catch (RuntimeException e) {
            return "sessions";
        }
    }

    private static Map<String, String> fields(String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value == null) {
            return fields;
        }
        String head = value;
        int place = value.indexOf(";place=");
        if (place >= 0) {
            fields.put("place", value.substring(place + ";place=".length()));
            head = value.substring(0, place);
        }
        String[] parts = head.split(";");
        fields.put("", parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        return fields;
    }

    /** Date, time, optional length and the rest as the place, or the first problem found. */
    private record Slot(LocalDate date, LocalTime time, ZoneOffset offset, Duration length, String place,
            MentoringCommand.Invalid problem) {
        static Slot wrong(MentoringCommand.Invalid problem) {
            return new Slot(null, null, null, null, null, problem);
        }
    }

    private static Slot slot(List<String> words) {
        String dateWord = words.get(0);
        Matcher iso = ISO_DATE.matcher(dateWord);
        Matcher norwegian = NORWEGIAN_DATE.matcher(dateWord);
        LocalDate date;
        try {
            if (iso.matches()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } else if (norwegian.matches()) {
                date = LocalDate.of(Integer.parseInt(norwegian.group(3)), Integer.parseInt(norwegian.group(2)),
                        Integer.parseInt(norwegian.group(1)));
            } else {
                return Slot.wrong(invalid("date.invalid", dateWord));
            }
        } catch (DateTimeException e) {
            return Slot.wrong(invalid("session.date.impossible", dateWord));
        }
        if (words.size() < 2) {
            return Slot.wrong(invalid("session.time.missing"));
        }
        String timeWord = words.get(1);
        Matcher time = TIME.matcher(timeWord);
        if (!time.matches()) {
            return Slot.wrong(invalid("session.time.invalid", timeWord));
        }
        LocalTime clock;
        ZoneOffset offset = null;
        try {
            clock = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            if (time.group(3) != null) {
                offset = ZoneOffset.of(time.group(3).toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeException e) {
            return Slot.wrong(invalid("session.time.invalid", timeWord));
        }
        int next = 2;
        Duration length = null;
        if (words.size() > next && LENGTH_LIKE.matcher(words.get(next)).matches()) {
            length = length(words.get(next));
            if (length == null) {
                return Slot.wrong(invalid("session.length.invalid", words.get(next)));
            }
            next++;
        }
        String place = place(String.join(" ", words.subList(next, words.size())));
        return new Slot(date, clock, offset, length, place, null);
    }

    static Duration length(String word) {
        Matcher m = LENGTH.matcher(word);
        if (!m.matches()) {
            return null;
        }
        if (m.group(3) != null) {
            return Duration.ofMinutes(Long.parseLong(m.group(3)));
        }
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(minutes);
    }

    /** The place as the user meant it: Slack's link markup unwrapped, its escapes undone; null when empty. */
    static String place(String text) {
        String unwrapped = SLACK_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        String unescaped = unwrapped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
        return unescaped.isEmpty() ? null : unescaped;
    }

    private static Long sessionNumber(String word) {
        Matcher m = SESSION_NUMBER.matcher(word);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    private static boolean isGroupWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("group") || lower.equals("gruppe");
    }

    private static List<String> words(String rest) {
        return rest.isEmpty() ? List.of() : List.of(rest.split(" "));
    }

    private static MentoringCommand.Invalid invalid(String key, Object... args) {
        return new MentoringCommand.Invalid(key, List.of(args));
    }
}
