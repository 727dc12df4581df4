package org.mentoringbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks at a signed request before Bolt does. Bolt answers a malformed body with a 500 and a stack
 * trace, and logs the raw body of a request it does not recognise, and bodies carry people's own
 * words. So: a malformed body is refused here with a reason that quotes none of it, a URL check is
 * answered here (it needs no token), and kinds of request the bot never handles are acknowledged
 * here. Everything else goes on to Bolt.
 */
final class SlackRequestTriage {
    /** What to do with a request. */
    sealed interface Verdict {}

    /** Bolt handles it. */
    record Pass() implements Verdict {}

    /** Answer 200 with this plain text (a URL check's challenge). */
    record Answer(String text) implements Verdict {}

    /** A kind of request the bot does not handle: acknowledge it, so Slack does not retry. */
    record Ignore(String what) implements Verdict {}

    /** Not a well-formed Slack request: 400, with a reason that never quotes the body. */
    record Malformed(String reason) implements Verdict {}

    Verdict triage(String contentType, String body) {
        String start = body.stripLeading();
        boolean json = (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json"))
                || start.startsWith("{") || start.startsWith("[");
        return json ? events(body) : form(body);
    }

    /** Events API: url_verification and event_callback. */
    private static Verdict events(String body) {
        JsonObject payload = object(body);
        if (payload == null) {
            return new Malformed("the body is not a JSON object");
        }
        String type = string(payload, "type");
        if (type == null) {
            return new Malformed("the JSON body has no type");
        }
        switch (type) {
            case "url_verification": {
                String challenge = string(payload, "challenge");
                return challenge == null ? new Malformed("the URL check has no challenge") : new Answer(challenge);
            }
            case "event_callback": {
                JsonObject event = payload.get("event") instanceof JsonObject o ? o : null;
                if (event == null || string(event, "type") == null) {
                    return new Malformed("the event has no type");
                }
                return new Pass();
            }
            default:
                return new Ignore("Events API callback of type " + type);
        }
    }

    /** Slash commands, interactivity (a form with one JSON payload) and Slack's SSL check. */
    private static Verdict form(String body) {
        Map<String, String> fields = fields(body);
        if (fields == null) {
            return new Malformed("the form body is not valid URL encoding");
        }
        if (fields.containsKey("payload")) {
            return interactive(object(fields.get("payload")));
        }
        if (fields.containsKey("ssl_check")) {
            return new Pass();
        }
        if (fields.containsKey("command")) {
            return notBlank(fields.get("user_id")) && notBlank(fields.get("team_id")) ? new Pass()
                    : new Malformed("the slash command has no user_id or team_id");
        }
        return new Malformed("the form body is neither a slash command nor an interactive payload");
    }

    private static Verdict interactive(JsonObject payload) {
        if (payload == null) {
            return new Malformed("the interactive payload is not a JSON object");
        }
        String type = string(payload, "type");
        if (type == null) {
            return new Malformed("the interactive payload has no type");
        }
        switch (type) {
            case "block_actions": {
                if (!(payload.get("actions") instanceof com.google.gson.JsonArray actions) || actions.isEmpty()
                        || !(actions.get(0) instanceof JsonObject action) || string(action, "action_id") == null) {
                    return new Malformed("the block action has no action_id");
                }
                return fromSomeone(payload) ? new Pass() : new Malformed("the block action has no user or team id");
            }
            case "view_submission": {
                if (!(payload.get("view") instanceof JsonObject view) || string(view, "callback_id") == null) {
                    return new Malformed("the view submission has no callback_id");
                }
                return fromSomeone(payload) ? new Pass() : new Malformed("the view submission has no user or team id");
            }
            default:
                return new Ignore("interactive payload of type " + type);
        }
    }

    private static boolean fromSomeone(JsonObject payload) {
        return payload.get("user") instanceof JsonObject user && string(user, "id") != null
                && payload.get("team") instanceof JsonObject team && string(team, "id") != null;
    }

    /** The form's fields, or null when any part is not valid URL encoding (such as {@code %ZZ}). */
    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : body.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return fields;
    }

    private static JsonObject object(String json) {
        try {
            JsonElement element = JsonParser.parseString(json);
            return element instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
