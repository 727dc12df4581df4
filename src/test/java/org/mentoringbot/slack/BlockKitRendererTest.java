package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;

/** Block Kit output compared with reviewed JSON under src/test/resources/slack. */
class BlockKitRendererTest {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Action LEAVE = new Action("round.leave", "action.leave", false);
    private static final Action JOIN = new Action("round.join", "action.join", true);

    @Test
    void aNoticeWithAButton() throws IOException {
        Reply reply = Notice.of(Tone.SUCCESS, "join.joined", 1, 12L).withActions(LEAVE);
        assertRendersAs("slack/notice-joined.json", reply, Locale.ENGLISH);
    }

    @Test
    void userTextIsEscapedSoItNeverBecomesMarkup() throws IOException {
        Reply reply = Notice.of(Tone.PROBLEM, "unknown.command", "<!channel> & <@U123>");
        assertRendersAs("slack/notice-unknown-escaped.json", reply, Locale.ENGLISH);
    }

    @Test
    void helpInNorwegian() throws IOException {
        assertRendersAs("slack/help-nb.json", new Reply.Help(), Locale.forLanguageTag("nb-NO"));
    }

    @Test
    void statusForSomeoneNotYetIn() throws IOException {
        Reply reply = new Reply.Status("Lindeskolen 🌻", "Rektor Åse", 2, "round.state.enrolling", "status.own.out", 1234, 3,
                List.of(JOIN));
        assertRendersAs("slack/status-not-joined.json", reply, Locale.ENGLISH);
    }

    private static void assertRendersAs(String expectedFile, Reply reply, Locale locale) throws IOException {
        SlackMessage message = reply.accept(new BlockKitRenderer(Messages.in(locale)));
        JsonElement actual = GsonFactory.createSnakeCase().toJsonTree(message);
        try (InputStream expected = BlockKitRendererTest.class.getClassLoader().getResourceAsStream(expectedFile)) {
            if (expected == null) {
                throw new AssertionError("missing " + expectedFile + "; rendered:\n"
                        + PRETTY.toJson(actual));
            }
            assertEquals(JsonParser.parseString(new String(expected.readAllBytes(), StandardCharsets.UTF_8)), actual,
                    () -> "rendered:\n" + PRETTY.toJson(actual));
        }
    }
}
