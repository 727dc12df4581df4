package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;

/** Block Kit limits the renderer must respect for reflections, summaries and a person's own data. */
class ReflectionRenderingTest {
    private static final Locale NB = Locale.forLanguageTag("nb");

    private static JsonObject json(Object o) {
        return GsonFactory.createSnakeCase().toJsonTree(o).getAsJsonObject();
    }

    @Test
    void theReflectionModalCarriesItsOccasionAndTheEarlierAnswer() {
        var form = new Reply.ReflectionForm("session:12", "reflect.occasion.session", List.of("14. jan. 2027, 15:00"), 4, 2, "notat");

        JsonObject modal = json(form.accept(new BlockKitRenderer(Messages.in(NB))).modal());

        assertEquals("reflect.form", modal.get("callback_id").getAsString());
        assertEquals("session:12", modal.get("private_metadata").getAsString());
        assertTrue(modal.getAsJsonObject("title").get("text").getAsString().length() <= 24);
        var blocks = modal.getAsJsonArray("blocks");
        JsonObject mastery = blocks.get(1).getAsJsonObject();
        assertEquals("mastery", mastery.get("block_id").getAsString());
        assertEquals(5, mastery.getAsJsonObject("element").getAsJsonArray("options").size());
        assertEquals("4", mastery.getAsJsonObject("element").getAsJsonObject("initial_option").get("value").getAsString());
        JsonObject note = blocks.get(3).getAsJsonObject();
        assertTrue(note.get("optional").getAsBoolean());
        assertEquals(2000, note.getAsJsonObject("element").get("max_length").getAsInt());
        assertEquals("notat", note.getAsJsonObject("element").get("initial_value").getAsString());
    }

    @Test
    void eachOwnReflectionHasItsEditButtonInItsOwnBlock() {
        List<Reply.OwnReflection> own = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            own.add(new Reply.OwnReflection("reflect.occasion.session", List.of("dag " + i), 3, 3, null,
                    new Reply.Action("reflect.open", "action.reflect.edit", false, "session:" + i, List.of())));
        }

        SlackMessage message = new Reply.OwnReflections(1, own, List.of()).accept(new BlockKitRenderer(Messages.in(Locale.ENGLISH)));

        Set<String> blocksWithButtons = new HashSet<>();
        for (JsonElement block : json(message).getAsJsonArray("blocks")) {
            if (block.getAsJsonObject().has("accessory")) {
                assertTrue(blocksWithButtons.add(block.toString()));
            }
        }
        assertEquals(3, blocksWithButtons.size());
    }

    @Test
    void longNotesInAPersonsDataAreSpreadOverSectionsNeverCut() {
        List<Reply.DataLine> lines = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String note = ("notat " + i + " ").repeat(250).substring(0, 2000);
            all.append(note);
            lines.add(new Reply.DataLine("reflections.note", List.of(note)));
        }

        SlackMessage message = new Reply.PersonalData("data.round.title", List.of(1), lines)
                .accept(new BlockKitRenderer(Messages.in(Locale.ENGLISH)));

        var blocks = json(message).getAsJsonArray("blocks");
        assertTrue(blocks.size() <= 50);
        StringBuilder shown = new StringBuilder();
        for (JsonElement block : blocks) {
            JsonObject text = block.getAsJsonObject().getAsJsonObject("text");
            if ("section".equals(block.getAsJsonObject().get("type").getAsString())) {
                assertTrue(text.get("text").getAsString().length() <= 3000);
                shown.append(text.get("text").getAsString().replace("\n", "").replace("What I take with me: ", ""));
            }
        }
        assertEquals(all.toString(), shown.toString());
        assertTrue(message.text().length() <= 3000);
    }

    @Test
    void aSummaryFitsBlockKit() {
        Map<Integer, Reply.SummaryMean> byGroup = new java.util.HashMap<>();
        for (int g = 1; g <= 30; g++) {
            byGroup.put(g, new Reply.SummaryMean(3.5, 3));
        }
        var scale = new Reply.SummaryScale("summary.scale.mastery", new Reply.SummaryMean(3.5, 90), byGroup,
                new Reply.SummaryChange(3.0, 4.0, 90), Map.of());
        var summary = new Reply.RoundSummary("Lindeskolen " + "x".repeat(200), 1, "summary.audience.owner", List.of(1, 2), 150, 30, 120,
                new Reply.SummaryRate(0.84, null), Map.of(), 40, 20, List.of(scale, scale), 3);

        JsonObject message = json(summary.accept(new BlockKitRenderer(Messages.in(NB))));

        var blocks = message.getAsJsonArray("blocks");
        assertTrue(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length() <= 150);
        assertTrue(blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length() <= 3000);
        assertTrue(message.get("text").getAsString().contains("3,0 → 4,0 (+1,0)"), "Norwegian decimals: " + message.get("text"));
    }
}
