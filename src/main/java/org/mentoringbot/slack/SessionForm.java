package org.mentoringbot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.SessionTimes;
import org.mentoringbot.core.session.MentoringSession;

/**
 * The Slack modal where a leader plans a session: its ids, how it looks, reading a submission back
 * into a command, and putting problems next to the fields they concern.
 */
final class SessionForm {
    static final String CALLBACK_ID = "session.form";
    static final String GROUP_BLOCK = "session_group";
    static final String GROUP = "group";
    static final String DATE = Reply.SessionForm.DATE;
    static final String TIME = Reply.SessionForm.TIME;
    static final String LENGTH = Reply.SessionForm.LENGTH;
    static final String PLACE = Reply.SessionForm.PLACE;
    static final String TOPICS = Reply.SessionForm.TOPICS;
    /** The lengths offered, in minutes: from the shortest to the longest a session may be. */
    static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 420, 480);
    /** Slack's limits: option texts, options in one select. */
    private static final int MAX_OPTION_TEXT = 75;
    private static final int MAX_OPTIONS = 100;
    private static final String METADATA_GROUP = "group=";

    private SessionForm() {}

    static String block(String field) {
        return "session_" + field;
    }

    static SlackMessage render(Messages messages, Reply.SessionForm form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String metadata = "";
        if (form.groups().size() == 1) {
            metadata = METADATA_GROUP + form.groups().get(0).groupId();
            blocks.add(context(c -> c.elements(List.of(markdownText(BlockKitRenderer.escape(
                    messages.get("session.form.for.group", form.groups().get(0).number())))))));
        } else {
            List<OptionObject> groups = form.groups().stream()
                    .map(g -> option(plainText(messages.get("session.form.group.option", g.number())), String.valueOf(g.groupId())))
                    .toList();
            blocks.add(input(in -> in.blockId(GROUP_BLOCK).label(plainText(messages.get("session.form.group")))
                    .element(staticSelect(s -> s.actionId(GROUP).options(groups)))));
        }
        blocks.add(input(in -> in.blockId(block(DATE)).label(plainText(messages.get("session.form.date")))
                .element(datePicker(d -> d.actionId(DATE)))));
        blocks.add(input(in -> in.blockId(block(TIME)).label(plainText(messages.get("session.form.time", form.zone())))
                .element(timePicker(t -> t.actionId(TIME).timezone(form.zone())))));
        SessionTimes times = new SessionTimes(messages, ZoneId.of("UTC"));
        List<OptionObject> lengths = LENGTHS.stream()
                .map(m -> option(plainText(times.length(Duration.ofMinutes(m))), String.valueOf(m))).toList();
        OptionObject initialLength = lengths.stream().filter(o -> o.getValue().equals(String.valueOf(form.defaultMinutes())))
                .findFirst().orElse(null);
        blocks.add(input(in -> in.blockId(block(LENGTH)).label(plainText(messages.get("session.form.length")))
                .element(staticSelect(s -> s.actionId(LENGTH).options(lengths).initialOption(initialLength)))));
        blocks.add(input(in -> in.blockId(block(PLACE)).optional(true).label(plainText(messages.get("session.form.place")))
                .element(plainTextInput(p -> p.actionId(PLACE).maxLength(MentoringSession.MAX_PLACE_LENGTH)
                        .placeholder(plainText(messages.get("session.form.place.hint")))))));
        List<Reply.SessionFormGroup> withTopics = form.groups().stream().filter(g -> !g.topics().isEmpty()).toList();
        if (withTopics.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(BlockKitRenderer.escape(messages.get("session.form.no.topics")))))));
        } else {
            blocks.add(input(in -> in.blockId(block(TOPICS)).optional(true).label(plainText(messages.get("session.form.topics")))
                    .element(multiStaticSelect(m -> {
                        m.actionId(TOPICS).placeholder(plainText(messages.get("session.form.topics.hint")));
                        if (form.groups().size() == 1) {
                            m.options(topicOptions(withTopics.get(0)));
                        } else {
                            List<OptionGroupObject> groups = withTopics.stream().map(g -> OptionGroupObject.builder()
                                    .label(plainText(messages.get("session.form.group.option", g.number())))
                                    .options(topicOptions(g)).build()).toList();
                            m.optionGroups(groups);
                        }
                        return m;
                    }))));
        }
        String privateMetadata = metadata;
        View modal = view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(privateMetadata)
                .title(viewTitle(t -> t.type("plain_text").text(limit(messages.get("session.form.title"), 24))))
                .submit(viewSubmit(t -> t.type("plain_text").text(limit(messages.get("session.form.save"), 24))))
                .close(viewClose(t -> t.type("plain_text").text(limit(messages.get("session.form.cancel"), 24))))
                .blocks(blocks));
        return new SlackMessage(messages.get("session.form.title"), List.of(), modal);
    }

    private static List<OptionObject> topicOptions(Reply.SessionFormGroup group) {
        return group.topics().stream().limit(MAX_OPTIONS)
                .map(t -> option(plainText(limit(t.text(), MAX_OPTION_TEXT)), String.valueOf(t.topicId()))).toList();
    }

    /** The session as submitted. Slack requires date, time and length; a submission without them is not ours. */
    static MentoringCommand read(ViewState state, String privateMetadata) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of() : state.getValues();
        ViewState.Value date = value(values, block(DATE), DATE);
        ViewState.Value time = value(values, block(TIME), TIME);
        ViewState.Value length = value(values, block(LENGTH), LENGTH);
        ViewState.Value place = value(values, block(PLACE), PLACE);
        ViewState.Value topics = value(values, block(TOPICS), TOPICS);
        ViewState.Value group = value(values, GROUP_BLOCK, GROUP);
        if (date == null || date.getSelectedDate() == null || time == null || time.getSelectedTime() == null) {
            return new MentoringCommand.Invalid("session.usage", List.of());
        }
        try {
            Long groupId = group != null && group.getSelectedOption() != null ? Long.valueOf(group.getSelectedOption().getValue())
                    : privateMetadata != null && privateMetadata.startsWith(METADATA_GROUP)
                            ? Long.valueOf(privateMetadata.substring(METADATA_GROUP.length())) : null;
            LocalDate day = LocalDate.parse(date.getSelectedDate());
            LocalTime start = LocalTime.parse(time.getSelectedTime());
            ZoneId zone = time.getTimezone() == null || time.getTimezone().isBlank() ? null : ZoneId.of(time.getTimezone());
            Duration minutes = length == null || length.getSelectedOption() == null ? null
                    : Duration.ofMinutes(Long.parseLong(length.getSelectedOption().getValue()));
            String where = place == null || place.getValue() == null || CommandParser.clean(place.getValue()).isEmpty() ? null
                    : CommandParser.clean(place.getValue());
            List<Long> agenda = new ArrayList<>();
            if (topics != null && topics.getSelectedOptions() != null) {
                topics.getSelectedOptions().forEach(o -> agenda.add(Long.valueOf(o.getValue())));
            }
            return new MentoringCommand.Schedule(groupId, null, day, start, null, zone, minutes, where, agenda, true);
        } catch (DateTimeException | NumberFormatException e) {
            return new MentoringCommand.Invalid("session.usage", List.of());
        }
    }

    /** Messages for the form's fields, by block id, as Slack's {@code response_action: errors} wants them. */
    static Map<String, String> errors(Messages messages, Reply.FieldProblems problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Reply.FieldProblem problem : problems.problems()) {
            errors.merge(block(problem.field()), messages.get(problem.key(), problem.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        Map<String, ViewState.Value> inBlock = values.get(block);
        return inBlock == null ? null : inBlock.get(action);
    }

    private static String limit(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
