package org.mentoringbot.delivery;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentoringbot.chat.reply.Reply;

/**
 * A {@link Reply.Notice} as text for the outbox, and back. Arguments are strings and numbers;
 * each is stored with its type, so a notice reads back equal to what was written and renders the
 * same (MessageFormat formats an Integer and a Double differently).
 */
final class NoticeCodec {
    private static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private NoticeCodec() {}

    static String encode(Reply.Notice notice) {
        JsonObject json = new JsonObject();
        json.addProperty("v", VERSION);
        json.addProperty("tone", notice.tone().name());
        json.addProperty("key", notice.key());
        JsonArray args = new JsonArray();
        for (Object arg : notice.args()) {
            args.add(encodeArg(arg));
        }
        json.add("args", args);
        JsonArray actions = new JsonArray();
        for (Reply.Action action : notice.actions()) {
            JsonObject a = new JsonObject();
            a.addProperty("id", action.id());
            a.addProperty("label", action.labelKey());
            a.addProperty("primary", action.primary());
            if (action.value() != null) {
                a.addProperty("value", action.value());
            }
            JsonArray labelArgs = new JsonArray();
            action.labelArgs().forEach(arg -> labelArgs.add(encodeArg(arg)));
            a.add("labelArgs", labelArgs);
            actions.add(a);
        }
        json.add("actions", actions);
        return GSON.toJson(json);
    }

    private static JsonObject encodeArg(Object arg) {
        JsonObject typed = new JsonObject();
        if (arg instanceof String s) {
            typed.addProperty("s", s);
        } else if (arg instanceof Integer i) {
            typed.addProperty("i", i);
        } else if (arg instanceof Long l) {
            typed.addProperty("l", l);
        } else if (arg instanceof Double d && Double.isFinite(d)) {
            typed.addProperty("d", d);
        } else {
            throw new IllegalArgumentException("a stored notice's arguments are strings, integers, longs and finite doubles, not "
                    + (arg == null ? "null" : arg.getClass().getSimpleName()));
        }
        return typed;
    }

    /** @throws IllegalArgumentException when the text is not a notice this codec wrote */
    static Reply.Notice decode(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            int version = json.get("v").getAsInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown notice format version " + version);
            }
            List<Object> args = new ArrayList<>();
            for (JsonElement arg : json.getAsJsonArray("args")) {
                args.add(decodeArg(arg.getAsJsonObject()));
            }
            List<Reply.Action> actions = new ArrayList<>();
            for (JsonElement element : json.getAsJsonArray("actions")) {
                JsonObject a = element.getAsJsonObject();
                List<Object> labelArgs = new ArrayList<>();
                if (a.has("labelArgs")) {
                    a.getAsJsonArray("labelArgs").forEach(arg -> labelArgs.add(decodeArg(arg.getAsJsonObject())));
                }
                String value = a.has("value") ? a.get("value").getAsString() : null;
                actions.add(new Reply.Action(a.get("id").getAsString(), a.get("label").getAsString(), a.get("primary").getAsBoolean(),
                        value, labelArgs));
            }
            return new Reply.Notice(Reply.Tone.valueOf(json.get("tone").getAsString()), json.get("key").getAsString(), args, actions);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Gson's parse errors, a missing field (NullPointerException), a wrong type (IllegalStateException)
            throw new IllegalArgumentException("not a stored notice: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Object decodeArg(JsonObject typed) {
        if (typed.size() != 1) {
            throw new IllegalArgumentException("a stored argument has exactly one typed value");
        }
        Map.Entry<String, JsonElement> only = typed.entrySet().iterator().next();
        JsonElement value = only.getValue();
        return switch (only.getKey()) {
            case "s" -> value.getAsString();
            case "i" -> value.getAsInt();
            case "l" -> value.getAsLong();
            case "d" -> value.getAsDouble();
            default -> throw new IllegalArgumentException("unknown argument type " + only.getKey());
        };
    }
}
