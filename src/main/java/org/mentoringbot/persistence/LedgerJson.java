package org.mentoringbot.persistence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.mentoringbot.core.summary.AfterSessionBlock;
import org.mentoringbot.core.summary.JoiningToEndBlock;
import org.mentoringbot.core.summary.Occasion;
import org.mentoringbot.core.summary.Scale;
import org.mentoringbot.core.summary.SealedAnswer;
import org.mentoringbot.core.summary.SummaryLedger;

/**
 * A {@link SummaryLedger} as JSON, written field by field so the stored form does not change when a record
 * gains a component. Reading anything it did not write fails loudly: a ledger silently read as empty would let
 * the next summary recount answers into new blocks.
 */
final class LedgerJson {
    static final int VERSION = 1;

    private LedgerJson() {}

    static String write(SummaryLedger ledger) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray sealed = new JsonArray();
        // Sorted, so the same ledger is always stored as the same text.
        ledger.sealedAnswers().stream()
                .sorted((a, b) -> key(a).compareTo(key(b)))
                .forEach(answer -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("respondent", answer.respondentId());
                    o.addProperty("scale", answer.scale().name());
                    o.addProperty("occasion", occasion(answer.occasion()));
                    sealed.add(o);
                });
        root.add("sealed", sealed);
        JsonArray afterSessions = new JsonArray();
        for (AfterSessionBlock block : ledger.afterSessionBlocks()) {
            JsonObject o = new JsonObject();
            o.addProperty("scale", block.scale().name());
            o.addProperty("group", block.groupId());
            o.addProperty("answers", block.answers());
            o.addProperty("sum", block.sum());
            afterSessions.add(o);
        }
        root.add("afterSessionBlocks", afterSessions);
        JsonArray joiningToEnd = new JsonArray();
        for (JoiningToEndBlock block : ledger.joiningToEndBlocks()) {
            JsonObject o = new JsonObject();
            o.addProperty("scale", block.scale().name());
            o.addProperty("group", block.groupId());
            o.addProperty("respondents", block.respondents());
            o.addProperty("joiningSum", block.joiningSum());
            o.addProperty("endSum", block.endSum());
            joiningToEnd.add(o);
        }
        root.add("joiningToEndBlocks", joiningToEnd);
        return root.toString();
    }

    static SummaryLedger read(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        int version = root.get("version").getAsInt();
        if (version != VERSION) {
            throw new IllegalStateException("summary ledger version " + version + " is not known to this build");
        }
        List<SealedAnswer> sealed = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("sealed")) {
            JsonObject o = e.getAsJsonObject();
            sealed.add(new SealedAnswer(o.get("respondent").getAsString(), Scale.valueOf(o.get("scale").getAsString()),
                    occasion(o.get("occasion").getAsString())));
        }
        List<AfterSessionBlock> afterSessions = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("afterSessionBlocks")) {
            JsonObject o = e.getAsJsonObject();
            afterSessions.add(new AfterSessionBlock(Scale.valueOf(o.get("scale").getAsString()), o.get("group").getAsString(),
                    o.get("answers").getAsInt(), o.get("sum").getAsLong()));
        }
        List<JoiningToEndBlock> joiningToEnd = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("joiningToEndBlocks")) {
            JsonObject o = e.getAsJsonObject();
            joiningToEnd.add(new JoiningToEndBlock(Scale.valueOf(o.get("scale").getAsString()), o.get("group").getAsString(),
                    o.get("respondents").getAsInt(), o.get("joiningSum").getAsLong(), o.get("endSum").getAsLong()));
        }
        return SummaryLedger.of(sealed, afterSessions, joiningToEnd);
    }

    private static String key(SealedAnswer answer) {
        return answer.respondentId() + "\u0000" + answer.scale() + "\u0000" + occasion(answer.occasion());
    }

    static String occasion(Occasion occasion) {
        if (occasion instanceof Occasion.AfterSession session) {
            return "session:" + session.sessionId();
        }
        return occasion instanceof Occasion.Joining ? "joining" : "end";
    }

    static Occasion occasion(String text) {
        if (text.startsWith("session:")) {
            return Occasion.afterSession(text.substring("session:".length()));
        }
        return switch (text) {
            case "joining" -> Occasion.JOINING;
            case "end" -> Occasion.ROUND_END;
            default -> throw new IllegalStateException("unknown occasion in a stored summary ledger: " + text);
        };
    }
}
