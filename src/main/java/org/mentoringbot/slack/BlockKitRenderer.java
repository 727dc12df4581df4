package org.mentoringbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mentoringbot.chat.command.CommandCatalog;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.ReplyRenderer;

/** Renders replies as Slack Block Kit, in the user's language. */
final class BlockKitRenderer implements ReplyRenderer<SlackMessage> {
    static final String COMMAND = "/mentoring";

    private final Messages messages;

    BlockKitRenderer(Messages messages) {
        this.messages = messages;
    }

    @Override
    public SlackMessage notice(Reply.Notice notice) {
        String text = escape(messages.get(notice.key(), notice.args()));
        String prefix = switch (notice.tone()) {
            case SUCCESS -> ":white_check_mark: ";
            case PROBLEM -> ":warning: ";
            case INFO -> "";
        };
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("notice").text(markdownText(prefix + text))));
        addActions(blocks, notice.actions());
        return new SlackMessage(text, blocks);
    }

    @Override
    public SlackMessage help(Reply.Help help) {
        String title = messages.get("help.title");
        String commands = CommandCatalog.ENTRIES.stream()
                .map(entry -> "`" + COMMAND + " " + escape(usage(entry)) + "`  " + escape(messages.get(entry.descriptionKey())))
                .collect(Collectors.joining("\n"));
        List<LayoutBlock> blocks = List.of(
                header(h -> h.text(plainText(title))),
                section(s -> s.blockId("intro").text(markdownText(escape(messages.get("bot.intro"))))),
                section(s -> s.blockId("commands").text(markdownText(commands))),
                context(c -> c.elements(List.of(markdownText(escape(messages.get("help.footer")))))));
        return new SlackMessage(title, blocks);
    }

    @Override
    public SlackMessage status(Reply.Status status) {
        String title = escape(messages.get("status.title", status.programName(), status.ownerName()));
        String body = String.join("\n",
                escape(messages.get("status.round", status.roundNumber(), messages.get(status.roundStateKey()))),
                escape(messages.get("status.counts", status.enrolled(), status.waiting())),
                escape(messages.get(status.ownStatusKey())));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("status").text(markdownText("*" + title + "*\n" + body))));
        addActions(blocks, status.actions());
        return new SlackMessage(title + "\n" + body, blocks);
    }

    private String usage(CommandCatalog.Entry entry) {
        return entry.usageKey() == null ? entry.word() : entry.word() + " " + messages.get(entry.usageKey());
    }

    private void addActions(List<LayoutBlock> blocks, List<Reply.Action> replyActions) {
        if (replyActions.isEmpty()) {
            return;
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (Reply.Action action : replyActions) {
            String label = messages.get(action.labelKey());
            buttons.add(button(b -> b.actionId(action.id()).value(action.id()).text(plainText(label))
                    .style(action.primary() ? "primary" : null)));
        }
        blocks.add(actions(a -> a.blockId("actions").elements(buttons)));
    }

    /** Slack reads &, < and > as markup (links, mentions); user text must never become markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
