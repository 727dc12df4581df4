package org.mentoringbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentoringbot.chat.command.CommandCatalog;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.ReplyRenderer;
import org.mentoringbot.chat.reply.Wording;

/** Renders replies as Slack Block Kit, in the user's language. */
final class BlockKitRenderer implements ReplyRenderer<SlackMessage> {
    static final String COMMAND = "/mentoring";
    /** Topics (or agenda entries) listed as blocks: Slack takes at most 50 blocks in a message. */
    static final int MAX_LISTED = 45;
    /** Slack cuts a message's text beyond 40,000 characters. */
    static final int MAX_TEXT = 39_000;

    private final Messages messages;
    private final Wording wording;

    BlockKitRenderer(Messages messages) {
        this.messages = messages;
        this.wording = new Wording(messages);
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

    @Override
    public SlackMessage groupProposal(Reply.GroupProposal proposal) {
        String title = messages.get("groups.proposal.title", proposal.groups().size());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("proposal").text(markdownText("*" + escape(title) + "*"))));
        StringBuilder text = new StringBuilder(title);
        for (Reply.ProposedGroup group : proposal.groups()) {
            String line = wording.proposedGroup(group);
            String why = wording.rationale(group.rationale());
            text.append("\n").append(line);
            blocks.add(section(s -> s.blockId("group_" + group.number()).text(markdownText(escape(line)))));
            blocks.add(context(c -> c.elements(List.of(markdownText(escape(why))))));
        }
        for (String key : proposal.problemKeys()) {
            String problem = messages.get(key);
            text.append("\n").append(problem);
            blocks.add(section(s -> s.text(markdownText(":warning: " + escape(problem)))));
        }
        addActions(blocks, proposal.actions());
        return new SlackMessage(text.toString(), blocks);
    }

    @Override
    public SlackMessage groupEditor(Reply.GroupEditor editor) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<OptionObject> leaders = editor.leaderNames().entrySet().stream()
                .map(e -> option(plainText(e.getValue()), e.getKey())).toList();
        List<Reply.EditableGroup> groups = new ArrayList<>(editor.groups());
        // One empty group more, so a leader can split a group without leaving the form.
        groups.add(new Reply.EditableGroup(groups.isEmpty() ? 1 : groups.get(groups.size() - 1).number() + 1, null, List.of()));
        for (int i = 0; i < groups.size(); i++) {
            Reply.EditableGroup group = groups.get(i);
            boolean extra = i == groups.size() - 1;
            String label = messages.get("groups.editor.group", group.number());
            OptionObject initialLeader = leaders.stream().filter(o -> o.getValue().equals(group.leaderUserId())).findFirst().orElse(null);
            int index = i;
            blocks.add(input(in -> in.blockId(GroupEditorForm.leaderBlock(index)).optional(extra)
                    .label(plainText(messages.get("groups.editor.leader", group.number())))
                    .element(staticSelect(s -> s.actionId(GroupEditorForm.LEADER).options(leaders).initialOption(initialLeader)))));
            blocks.add(input(in -> in.blockId(GroupEditorForm.membersBlock(index)).optional(extra).label(plainText(label))
                    .element(multiUsersSelect(m -> m.actionId(GroupEditorForm.MEMBERS)
                            .initialUsers(group.memberUserIds().isEmpty() ? null : group.memberUserIds())))));
        }
        View modal = view(v -> v.type("modal").callbackId(GroupEditorForm.CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(limit(messages.get("groups.editor.title"), 24))))
                .submit(viewSubmit(t -> t.type("plain_text").text(limit(messages.get("groups.editor.save"), 24))))
                .close(viewClose(t -> t.type("plain_text").text(limit(messages.get("groups.editor.cancel"), 24))))
                .blocks(blocks));
        return new SlackMessage(messages.get("groups.editor.title"), List.of(), modal);
    }

    @Override
    public SlackMessage formProblems(Reply.FormProblems problems) {
        String text = messages.get("groups.problems.title") + "\n" + String.join("\n",
                problems.problems().stream().map(p -> "• " + wording.problem(p)).toList());
        return new SlackMessage(text, List.of(section(s -> s.blockId("problems").text(markdownText(":warning: " + escape(text))))));
    }

    @Override
    public SlackMessage home(Reply.Home home) {
        String title = messages.get("status.title", home.programName(), home.ownerName());
        String body = String.join("\n", wording.home(home));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(limit(title, 150)))));
        if (!body.isEmpty()) {
            blocks.add(section(s -> s.blockId("home").text(markdownText(escape(body)))));
        }
        addActions(blocks, home.actions());
        blocks.add(context(c -> c.elements(List.of(markdownText(escape(messages.get("help.footer")))))));
        return new SlackMessage(title + "\n" + body, blocks);
    }

    @Override
    public SlackMessage reflectionForm(Reply.ReflectionForm form) {
        return new SlackMessage(messages.get("reflect.form.title"), List.of(), ReflectionModal.modal(form, messages));
    }

    @Override
    public SlackMessage ownReflections(Reply.OwnReflections reflections) {
        String title = messages.get("reflections.title", reflections.roundNumber());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("reflections").text(markdownText("*" + escape(title) + "*"))));
        StringBuilder text = new StringBuilder(title);
        int index = 0;
        for (Reply.OwnReflection reflection : reflections.reflections()) {
            String line = wording.ownReflection(reflection);
            text.append("\n").append(line);
            Reply.Action edit = reflection.edit();
            // One button per section: Slack wants action ids unique within a block.
            blocks.add(section(s -> s.text(markdownText(escape(limit(line, 2900))))
                    .accessory(button(b -> b.actionId(edit.id()).value(edit.value())
                            .text(plainText(limit(messages.get(edit.labelKey(), edit.labelArgs()), 75)))))));
            if (++index >= 45) {
                break; // a message holds 50 blocks; nobody reflects this often in one round
            }
        }
        addActions(blocks, reflections.actions());
        return new SlackMessage(text.toString(), blocks);
    }

    @Override
    public SlackMessage roundSummary(Reply.RoundSummary summary) {
        List<String> lines = wording.summary(summary);
        String title = lines.get(0);
        String body = String.join("\n", lines.subList(1, lines.size() - 1));
        String footnote = lines.get(lines.size() - 1);
        List<LayoutBlock> blocks = List.of(
                header(h -> h.text(plainText(limit(title, 150)))),
                section(s -> s.blockId("summary").text(markdownText(escape(limit(body, 2900))))),
                context(c -> c.elements(List.of(markdownText(escape(footnote))))));
        return new SlackMessage(String.join("\n", lines), blocks);
    }

    @Override
    public SlackMessage personalData(Reply.PersonalData data) {
        List<String> lines = wording.personalData(data);
        String title = lines.get(0);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(limit(title, 150)))));
        // A section holds 3,000 characters: long notes are spread over several, never cut.
        StringBuilder chunk = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            for (String piece : pieces(escape(line), 2900)) {
                if (chunk.length() + piece.length() + 1 > 2900) {
                    String text = chunk.toString();
                    blocks.add(section(s -> s.text(markdownText(text))));
                    chunk.setLength(0);
                }
                chunk.append(chunk.length() == 0 ? "" : "\n").append(piece);
            }
        }
        if (chunk.length() > 0) {
            String text = chunk.toString();
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        return new SlackMessage(limit(String.join("\n", lines), 3000), blocks);
    }

    private static List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); start += max) {
            pieces.add(text.substring(start, Math.min(text.length(), start + max)));
        }
        return pieces;
    }

    @Override
    public SlackMessage sessionForm(Reply.SessionForm form) {
        return SessionForm.render(messages, form);
    }

    @Override
    public SlackMessage fieldProblems(Reply.FieldProblems problems) {
        String text = messages.get("groups.problems.title") + "\n" + String.join("\n",
                problems.problems().stream().map(p -> "• " + messages.get(p.key(), p.args())).toList());
        return new SlackMessage(text, List.of(section(s -> s.blockId("problems").text(markdownText(":warning: " + escape(text))))));
    }

    @Override
    public SlackMessage topicBoard(Reply.TopicBoard board) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (board.notice() != null) {
            text.append(addNotice(blocks, board.notice())).append("\n");
        }
        String title = messages.get("topics.title", board.groupNumber());
        List<String> intro = wording.boardIntro(board);
        text.append(title).append("\n").append(String.join("\n", intro));
        blocks.add(section(s -> s.blockId("board").text(markdownText("*" + escape(title) + "*\n" + escape(String.join("\n", intro))))));
        int shown = 0;
        for (Reply.BoardTopic topic : board.topics()) {
            String line = wording.topicLine(topic);
            String details = wording.topicDetails(topic);
            text.append("\n").append(line).append("\n   ").append(details);
            if (shown++ < MAX_LISTED) {
                String body = limit(escape(line), 2900) + "\n" + escape(details);
                blocks.add(topic.vote() == null
                        ? section(s -> s.blockId("topic_" + topic.number()).text(markdownText(body)))
                        : section(s -> s.blockId("topic_" + topic.number()).text(markdownText(body)).accessory(buttonFor(topic.vote()))));
            }
        }
        if (board.topics().size() > MAX_LISTED) {
            String more = messages.get("topics.more", board.topics().size() - MAX_LISTED);
            blocks.add(context(c -> c.elements(List.of(markdownText(escape(more))))));
        }
        return new SlackMessage(limit(escape(text.toString()), MAX_TEXT), blocks);
    }

    @Override
    public SlackMessage agenda(Reply.Agenda agenda) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (agenda.notice() != null) {
            text.append(addNotice(blocks, agenda.notice())).append("\n");
        }
        String intro = wording.agendaIntro(agenda);
        text.append(intro);
        blocks.add(section(s -> s.blockId("agenda").text(markdownText("*" + escape(intro) + "*"))));
        int shown = 0;
        for (Reply.AgendaEntry entry : agenda.entries()) {
            String line = wording.agendaLine(entry);
            text.append("\n").append(line);
            if (shown++ < MAX_LISTED) {
                blocks.add(section(s -> s.blockId("agenda_" + entry.number()).text(markdownText(limit(escape(line), 2900)))));
            }
        }
        if (agenda.entries().size() > MAX_LISTED) {
            String more = messages.get("agenda.more", agenda.entries().size() - MAX_LISTED);
            blocks.add(context(c -> c.elements(List.of(markdownText(escape(more))))));
        }
        return new SlackMessage(limit(escape(text.toString()), MAX_TEXT), blocks);
    }

    /** Adds a notice as the first block of a longer reply; returns its text. */
    private String addNotice(List<LayoutBlock> blocks, Reply.Notice notice) {
        String text = messages.get(notice.key(), notice.args());
        String prefix = switch (notice.tone()) {
            case SUCCESS -> ":white_check_mark: ";
            case PROBLEM -> ":warning: ";
            case INFO -> "";
        };
        blocks.add(section(s -> s.blockId("notice").text(markdownText(prefix + escape(text)))));
        return text;
    }

    private BlockElement buttonFor(Reply.Action action) {
        String label = limit(messages.get(action.labelKey(), action.labelArgs()), 75);
        String value = action.value() == null ? action.id() : action.value();
        return button(b -> b.actionId(action.id()).value(value)
                .text(plainText(label)).style(action.primary() ? "primary" : null));
    }

    /** Messages for the fields of a form, by block id, as Slack's {@code response_action: errors} wants them. */
    Map<String, String> fieldErrors(Reply.FormProblems problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Reply.FormProblem problem : problems.problems()) {
            String block = GroupEditorForm.membersBlock(Math.max(0, problem.groupIndex()));
            if (problem.key().contains("leader")) {
                block = GroupEditorForm.leaderBlock(Math.max(0, problem.groupIndex()));
            }
            errors.merge(block, messages.get(problem.key(), problem.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
            String label = limit(messages.get(action.labelKey(), action.labelArgs()), 75);
            String value = action.value() == null ? action.id() : action.value();
            buttons.add(button(b -> b.actionId(action.id()).value(value).text(plainText(label))
                    .style(action.primary() ? "primary" : null)));
        }
        blocks.add(actions(a -> a.blockId("actions").elements(buttons)));
    }

    /** Slack reads &, < and > as markup (links, mentions); user text must never become markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
