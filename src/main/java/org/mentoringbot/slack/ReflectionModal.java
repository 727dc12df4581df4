package org.mentoringbot.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.reflection.Reflection;

/**
 * The Slack modal of a private reflection: two 1-to-5 scales as radio buttons and an optional note. The occasion
 * travels in {@code private_metadata}, so the answer is stored for exactly the occasion the form showed.
 */
final class ReflectionModal {
    static final String CALLBACK_ID = "reflect.form";
    static final String MASTERY = "mastery";
    static final String SAFETY = "safety";
    static final String NOTE = "note";
    static final String VALUE = "value";

    private ReflectionModal() {}

    static View modal(Reply.ReflectionForm form, Messages messages) {
        String occasion = messages.get(form.occasionKey(), form.occasionArgs());
        List<LayoutBlock> blocks = List.of(
                section(s -> s.blockId("intro").text(markdownText(BlockKitRenderer.escape(messages.get("reflect.form.intro", occasion))))),
                scale(MASTERY, messages.get("reflect.form.mastery"), form.mastery()),
                scale(SAFETY, messages.get("reflect.form.safety"), form.safety()),
                input(in -> in.blockId(NOTE).optional(true).label(plainText(messages.get("reflect.form.note")))
                        .hint(plainText(messages.get("reflect.form.note.hint")))
                        .element(plainTextInput(p -> p.actionId(VALUE).multiline(true).maxLength(Reflection.MAX_NOTE_LENGTH)
                                .initialValue(form.note())))));
        return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(form.occasion())
                .title(viewTitle(t -> t.type("plain_text").text(limit(messages.get("reflect.form.title")))))
                .submit(viewSubmit(t -> t.type("plain_text").text(limit(messages.get("reflect.form.save")))))
                .close(viewClose(t -> t.type("plain_text").text(limit(messages.get("reflect.form.cancel")))))
                .blocks(blocks));
    }

    private static LayoutBlock scale(String blockId, String label, Integer initial) {
        List<OptionObject> options = IntStream.rangeClosed(Reflection.MIN_SCALE, Reflection.MAX_SCALE)
                .mapToObj(i -> option(plainText(String.valueOf(i)), String.valueOf(i))).toList();
        OptionObject chosen = initial == null ? null : options.get(initial - Reflection.MIN_SCALE);
        return input(in -> in.blockId(blockId).label(plainText(label))
                .element(radioButtons(r -> r.actionId(VALUE).options(options).initialOption(chosen))));
    }

    /** The submitted answer as a command; the occasion is read by the parser, as a button's would be. */
    static MentoringCommand read(ViewState state, String privateMetadata, CommandParser parser) {
        MentoringCommand open = parser.parseAction("reflect.open", privateMetadata == null || privateMetadata.isBlank() ? "due" : privateMetadata);
        if (!(open instanceof MentoringCommand.OpenReflection occasion)) {
            return open;
        }
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of() : state.getValues();
        ViewState.Value note = values.getOrDefault(NOTE, Map.of()).get(VALUE);
        return new MentoringCommand.Reflect(occasion.occasion(), scaleValue(values, MASTERY), scaleValue(values, SAFETY),
                note == null ? null : note.getValue());
    }

    /** A chosen option's number; 0 (refused by the use case, nothing stored) when missing or not a number. */
    private static int scaleValue(Map<String, Map<String, ViewState.Value>> values, String blockId) {
        ViewState.Value value = values.getOrDefault(blockId, Map.of()).get(VALUE);
        if (value == null || value.getSelectedOption() == null || value.getSelectedOption().getValue() == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.getSelectedOption().getValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A refusal shown next to the field it concerns, as Slack's {@code response_action: errors} wants it. */
    static Map<String, String> errors(Reply.Notice refusal, Messages messages) {
        String block = refusal.key().contains(".note.") ? NOTE : MASTERY;
        return Map.of(block, messages.get(refusal.key(), refusal.args()));
    }

    private static String limit(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }
}
