package org.mentoringbot.console;

import java.util.List;
import java.util.stream.Collectors;
import org.mentoringbot.chat.command.CommandCatalog;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.ReplyRenderer;

/** Renders replies as plain text for a terminal; buttons become the words to type instead. */
final class ConsoleRenderer implements ReplyRenderer<String> {
    private final Messages messages;

    ConsoleRenderer(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String notice(Reply.Notice notice) {
        String prefix = notice.tone() == Reply.Tone.PROBLEM ? "! " : "";
        return prefix + messages.get(notice.key(), notice.args()) + actions(notice.actions());
    }

    @Override
    public String help(Reply.Help help) {
        int width = CommandCatalog.ENTRIES.stream().mapToInt(e -> usage(e).length()).max().orElse(0);
        String commands = CommandCatalog.ENTRIES.stream()
                .map(e -> "  " + pad(usage(e), width) + "  " + messages.get(e.descriptionKey()))
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

    private String usage(CommandCatalog.Entry entry) {
        return entry.usageKey() == null ? entry.word() : entry.word() + " " + messages.get(entry.usageKey());
    }

    private String actions(List<Reply.Action> actions) {
        if (actions.isEmpty()) {
            return "";
        }
        return "\n" + actions.stream()
                .map(a -> "[" + messages.get(a.labelKey()) + ": " + CommandParser.typedFormOf(a.id()) + "]")
                .collect(Collectors.joining(" "));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
