package org.mentoringbot.console;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.mentoringbot.chat.command.CommandCatalog;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.ReplyRenderer;
import org.mentoringbot.chat.reply.Wording;

/** Renders replies as plain text for a terminal; buttons become the words to type instead. */
final class ConsoleRenderer implements ReplyRenderer<String> {
    /** Usages longer than this go on a line of their own, so one long usage does not push every description right. */
    static final int USAGE_COLUMN = 28;

    private final Messages messages;
    private final Wording wording;
    private final UnaryOperator<String> nameOf;

    ConsoleRenderer(Messages messages) {
        this(messages, UnaryOperator.identity());
    }

    /** @param nameOf a person's name for their id, where a reply carries ids (the group editor) */
    ConsoleRenderer(Messages messages, UnaryOperator<String> nameOf) {
        this.messages = messages;
        this.wording = new Wording(messages);
        this.nameOf = nameOf;
    }

    @Override
    public String notice(Reply.Notice notice) {
        String prefix = notice.tone() == Reply.Tone.PROBLEM ? "! " : "";
        return prefix + messages.get(notice.key(), notice.args()) + actions(notice.actions());
    }

    @Override
    public String help(Reply.Help help) {
        int width = CommandCatalog.ENTRIES.stream().mapToInt(e -> usage(e).length()).filter(w -> w <= USAGE_COLUMN).max().orElse(0);
        String commands = CommandCatalog.ENTRIES.stream()
                .map(e -> usage(e).length() <= width
                        ? "  " + pad(usage(e), width) + "  " + messages.get(e.descriptionKey())
                        : "  " + usage(e) + "\n  " + pad("", width) + "  " + messages.get(e.descriptionKey()))
                .collect(Collectors.joining("\n"));
        return messages.get("help.title") + "\n" + messages.get("bot.intro") + "\n\n" + commands + "\n\n"
                + messages.get("help.footer");
    }

    @Override
    public String status(Reply.Status status) {
        return String.join("\n",
                messages.get("status.title", status.programName(), status.ownerName()),
                messages.get("status.round", status.roundNumber(), messages.get(status.roundStateKey())),
                messages.get("status.counts", status.enrolled(), status.waiting()),
                messages.get(status.ownStatusKey())) + actions(status.actions());
    }

    @Override
    public String groupProposal(Reply.GroupProposal proposal) {
        StringBuilder text = new StringBuilder(messages.get("groups.proposal.title", proposal.groups().size()));
        for (Reply.ProposedGroup group : proposal.groups()) {
            text.append("\n").append(wording.proposedGroup(group)).append("\n    ").append(wording.rationale(group.rationale()));
        }
        proposal.problemKeys().forEach(key -> text.append("\n! ").append(messages.get(key)));
        return text + actions(proposal.actions());
    }

    @Override
    public String groupEditor(Reply.GroupEditor editor) {
        // No forms in a terminal: the proposal is shown, and "groups accept" saves it.
        StringBuilder text = new StringBuilder(messages.get("groups.editor.console"));
        for (Reply.EditableGroup group : editor.groups()) {
            text.append("\n").append(messages.get("groups.line", group.number(),
                    editor.leaderNames().getOrDefault(group.leaderUserId(), "?"), String.join(", ", group.memberUserIds().stream().map(nameOf).toList())));
        }
        return text.toString();
    }

    @Override
    public String formProblems(Reply.FormProblems problems) {
        return "! " + messages.get("groups.problems.title") + "\n" + problems.problems().stream()
                .map(p -> "  - " + wording.problem(p)).collect(Collectors.joining("\n"));
    }

    @Override
    public String home(Reply.Home home) {
        return messages.get("status.title", home.programName(), home.ownerName()) + "\n"
                + String.join("\n", wording.home(home)) + actions(home.actions());
    }

    @Override
    public String reflectionForm(Reply.ReflectionForm form) {
        // No forms in a terminal: say what to type for this occasion.
        String text = messages.get("reflect.form.intro", messages.get(form.occasionKey(), form.occasionArgs())) + "\n"
                + messages.get("reflect.form.console", CommandParser.typedFormOf("reflect.open", form.occasion()));
        return form.mastery() == null ? text : text + "\n" + messages.get("reflect.form.earlier", form.mastery(), form.safety());
    }

    @Override
    public String ownReflections(Reply.OwnReflections reflections) {
        StringBuilder text = new StringBuilder(messages.get("reflections.title", reflections.roundNumber()));
        for (Reply.OwnReflection reflection : reflections.reflections()) {
            text.append("\n- ").append(wording.ownReflection(reflection).replace("\n", "\n  "))
                    .append(actions(List.of(reflection.edit())).replace("\n", " "));
        }
        return text + actions(reflections.actions());
    }

    @Override
    public String roundSummary(Reply.RoundSummary summary) {
        return String.join("\n", wording.summary(summary));
    }

    @Override
    public String personalData(Reply.PersonalData data) {
        List<String> lines = wording.personalData(data);
        return lines.get(0) + lines.subList(1, lines.size()).stream().map(l -> "\n  " + l.replace("\n", "\n    "))
                .collect(Collectors.joining());
    }

    @Override
    public String sessionForm(Reply.SessionForm form) {
        // No forms in a terminal: say what to type instead.
        return messages.get("session.form.console", form.zone());
    }

    @Override
    public String fieldProblems(Reply.FieldProblems problems) {
        return "! " + messages.get("groups.problems.title") + "\n" + problems.problems().stream()
                .map(p -> "  - " + messages.get(p.key(), p.args())).collect(Collectors.joining("\n"));
    }

    @Override
    public String topicBoard(Reply.TopicBoard board) {
        StringBuilder text = new StringBuilder(messages.get("topics.title", board.groupNumber()));
        if (board.notice() != null) {
            text.insert(0, notice(board.notice()) + "\n");
        }
        wording.boardIntro(board).forEach(line -> text.append("\n").append(line));
        for (Reply.BoardTopic topic : board.topics()) {
            text.append("\n  ").append(wording.topicLine(topic)).append("\n     ").append(wording.topicDetails(topic));
            if (topic.vote() != null) {
                // A button becomes the words to type: here the topic's number, which the reader sees.
                text.append("  [").append(messages.get(topic.vote().labelKey(), topic.vote().labelArgs()))
                        .append(": topics vote ").append(topic.number()).append("]");
            }
        }
        return text.toString();
    }

    @Override
    public String agenda(Reply.Agenda agenda) {
        StringBuilder text = new StringBuilder();
        if (agenda.notice() != null) {
            text.append(notice(agenda.notice())).append("\n");
        }
        text.append(wording.agendaIntro(agenda));
        agenda.entries().forEach(entry -> text.append("\n  ").append(wording.agendaLine(entry)));
        return text.toString();
    }

    private String usage(CommandCatalog.Entry entry) {
        return entry.usageKey() == null ? entry.word() : entry.word() + " " + messages.get(entry.usageKey());
    }

    private String actions(List<Reply.Action> actions) {
        if (actions.isEmpty()) {
            return "";
        }
        return "\n" + actions.stream()
                .map(a -> "[" + messages.get(a.labelKey(), a.labelArgs()) + ": " + CommandParser.typedFormOf(a.id(), a.value()) + "]")
                .collect(Collectors.joining(" "));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
