package org.mentoringbot.chat.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a group's topic board: {@code propose <text> [--anonymous]}, {@code topics [vote <n> |
 * withdraw <n>] [--group <n>]}, {@code agenda [<n> ... | clear] [--group <n>]}, and the vote buttons.
 */
final class TopicWords {
    static final String VOTE_ACTION = "topic.vote";
    static final String GROUP_ACTION = "topics.group";
    /** More numbers than any board has would only be a paste gone wrong. */
    static final int MAX_AGENDA_NUMBERS = 50;

    // The anonymous flag, leniently: phones turn "--" into an en or em dash, and "--anon", "--anonym"
    // or "--anonymt" mean the same. Missing the flag would name someone who asked not to be named.
    private static final Pattern ANONYMOUS = Pattern.compile("(?:-{1,2}|[\u2013\u2014])anon\\p{L}*", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_OPTION = Pattern.compile("(?:-{1,2}|[\u2013\u2014])group", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,4})");

    private TopicWords() {}

    /** {@code word} is propose, topics or agenda; {@code rest} is the cleaned text after it. */
    static MentoringCommand parse(String word, String rest) {
        return switch (word) {
            case "propose" -> propose(rest);
            case "topics" -> topics(rest);
            default -> agenda(rest);
        };
    }

    /** The command behind one of the board's buttons, or null when the action is not the board's. */
    static MentoringCommand action(String actionId, String value) {
        if (!VOTE_ACTION.equals(actionId) && !GROUP_ACTION.equals(actionId)) {
            return null;
        }
        String v = value == null ? "" : value.strip();
        if (VOTE_ACTION.equals(actionId) && v.matches("\\d{1,18}")) {
            return new MentoringCommand.VoteTopic(Long.parseLong(v));
        }
        if (GROUP_ACTION.equals(actionId) && v.matches("\\d{1,4}")) {
            return new MentoringCommand.ShowTopics(Integer.parseInt(v));
        }
        return new MentoringCommand.Invalid("topics.usage", List.of());
    }

    /** What to type instead of pressing one of the board's buttons, or null when the action is not the board's. */
    static String typedFormOf(String actionId, String value) {
        if (GROUP_ACTION.equals(actionId)) {
            return value == null ? "topics" : "topics --group " + value;
        }
        // A vote button carries the topic's id, which nobody types: the board shows "topics vote <number>".
        return VOTE_ACTION.equals(actionId) ? "topics" : null;
    }

    private static MentoringCommand propose(String rest) {
        boolean anonymous = false;
        List<String> kept = new ArrayList<>();
        for (String token : rest.isEmpty() ? new String[0] : rest.split(" ")) {
            if (ANONYMOUS.matcher(token).matches()) {
                anonymous = true;
            } else {
                kept.add(token);
            }
        }
        return new MentoringCommand.ProposeTopic(String.join(" ", kept), anonymous);
    }

    private static MentoringCommand topics(String rest) {
        Options options = Options.of(rest);
        if (options == null) {
            return new MentoringCommand.Invalid("topics.usage", List.of());
        }
        List<String> words = options.words();
        if (words.isEmpty()) {
            return new MentoringCommand.ShowTopics(options.group());
        }
        if (words.size() == 2 && options.group() == null) {
            Integer number = number(words.get(1));
            String action = words.get(0).toLowerCase(Locale.ROOT);
            if (number != null && action.equals("vote")) {
                return new MentoringCommand.VoteTopicNumber(number);
            }
            if (number != null && action.equals("withdraw")) {
                return new MentoringCommand.WithdrawTopic(number);
            }
        }
        return new MentoringCommand.Invalid("topics.usage", List.of());
    }

    private static MentoringCommand agenda(String rest) {
        Options options = Options.of(rest.replace(',', ' '));
        if (options == null) {
            return new MentoringCommand.Invalid("agenda.usage", List.of());
        }
        List<String> words = options.words();
        if (words.isEmpty()) {
            return new MentoringCommand.ShowAgenda(options.group());
        }
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("clear")) {
            return new MentoringCommand.SetAgenda(List.of(), options.group());
        }
        List<Integer> numbers = new ArrayList<>();
        for (String w : words) {
            Integer number = number(w);
            if (number == null || numbers.size() >= MAX_AGENDA_NUMBERS) {
                return new MentoringCommand.Invalid("agenda.usage", List.of());
            }
            numbers.add(number);
        }
        return new MentoringCommand.SetAgenda(numbers, options.group());
    }

    private static Integer number(String word) {
        var m = NUMBER.matcher(word);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The words of a command with its {@code --group <n>} taken out; null when that option is malformed. */
    private record Options(List<String> words, Integer group) {
        static Options of(String rest) {
            List<String> words = new ArrayList<>();
            Integer group = null;
            String[] tokens = rest.strip().isEmpty() ? new String[0] : rest.strip().split(" +");
            for (int i = 0; i < tokens.length; i++) {
                if (GROUP_OPTION.matcher(tokens[i]).matches()) {
                    Integer number = i + 1 < tokens.length ? number(tokens[++i]) : null;
                    if (number == null || group != null) {
                        return null;
                    }
                    group = number;
                } else {
                    words.add(tokens[i]);
                }
            }
            return new Options(words, group);
        }
    }
}
