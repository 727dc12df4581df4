package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;

/** The topic board and agenda in Block Kit: reviewed JSON, and Slack's limits with the longest topics. */
class BlockKitTopicsTest {
    private static final Action VOTE_17 = new Action("topic.vote", "action.topic.vote", true, "17", List.of(1));
    private static final Action UNVOTE_18 = new Action("topic.vote", "action.topic.unvote", false, "18", List.of(2));

    @Test
    void aBoardAfterAVote() throws IOException {
        Reply board = new Reply.TopicBoard(1, List.of(
                new Reply.BoardTopic(1, "Foreldre & <!channel> e-post", 2, true, false, "Kari Nordmann", false, VOTE_17),
                new Reply.BoardTopic(2, "Redd for å gjøre feil 🌻", 1, false, true, null, true, UNVOTE_18)),
                1, false, "Thursday, January 14, 2027, 3:00 PM", false, Notice.of(Tone.SUCCESS, "topics.voted", 2));

        assertRendersAs("slack/topic-board.json", board);
    }

    @Test
    void anAgendaJustSet() throws IOException {
        Reply agenda = new Reply.Agenda(2, "Thursday, January 14, 2027, 3:00 PM",
                List.of(new Reply.AgendaEntry(1, "Foreldre"), new Reply.AgendaEntry(3, "Støy <i klasserommet>")), true,
                Notice.of(Tone.SUCCESS, "agenda.set", 2));

        assertRendersAs("slack/agenda-set.json", agenda);
    }

    @Test
    void theFullestBoardStaysWithinSlacksLimits() {
        String longest = "&".repeat(500); // escapes to 2,500 characters
        List<Reply.BoardTopic> topics = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new Reply.BoardTopic(n, longest, n, true, false, "Å".repeat(200), false,
                        new Action("topic.vote", "action.topic.vote", true, String.valueOf(1000 + n), List.of(n))))
                .toList();
        SlackMessage message = new BlockKitRenderer(Messages.in(Locale.ENGLISH)).topicBoard(
                new Reply.TopicBoard(1, topics, 3, true, null, false, Notice.of(Tone.PROBLEM, "topics.no.votes.left", 3)));

        assertTrue(message.blocks().size() <= 50, message.blocks().size() + " blocks");
        Set<String> blockIds = new HashSet<>();
        for (var block : message.blocks()) {
            if (block instanceof SectionBlock section) {
                assertTrue(section.getText().getText().length() <= 3000, "a section's text is at most 3,000 characters");
                assertTrue(blockIds.add(section.getBlockId()), "block ids are unique: " + section.getBlockId());
                if (section.getAccessory() instanceof ButtonElement button) {
                    assertTrue(button.getText().getText().length() <= 75);
                }
            }
        }
        assertTrue(message.text().length() <= 40_000);
        JsonObject last = GsonFactory.createSnakeCase().toJsonTree(message.blocks().get(message.blocks().size() - 1)).getAsJsonObject();
        assertTrue(last.toString().contains("15 more topics are on the board"), last.toString());
    }

    @Test
    void aLongAgendaStaysWithinSlacksLimitsAndSaysWhatItLeftOut() {
        List<Reply.AgendaEntry> entries = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
            entries.add(new Reply.AgendaEntry(n, "<".repeat(500)));
        }
        SlackMessage message = new BlockKitRenderer(Messages.in(Locale.ENGLISH)).agenda(
                new Reply.Agenda(1, "today", entries, true, Notice.of(Tone.SUCCESS, "agenda.set", 50)));

        assertTrue(message.blocks().size() <= 50, message.blocks().size() + " blocks");
        assertTrue(GsonFactory.createSnakeCase().toJson(message.blocks()).contains("And 5 more topics"));
    }

    @Test
    void aReaderWhoDoesNotVoteGetsNoButtons() {
        SlackMessage message = new BlockKitRenderer(Messages.in(Locale.ENGLISH)).topicBoard(new Reply.TopicBoard(1,
                List.of(new Reply.BoardTopic(1, "Tema", 0, false, true, null, false, null)), -1, true, null, false, null));

        String json = GsonFactory.createSnakeCase().toJson(message);
        assertFalse(json.contains("\"button\""), json);
        assertFalse(json.contains("votes left"), json);
        assertTrue(json.contains("You lead this group"), json);
    }

    private static void assertRendersAs(String expectedFile, Reply reply) throws IOException {
        SlackMessage message = reply.accept(new BlockKitRenderer(Messages.in(Locale.ENGLISH)));
        JsonElement actual = GsonFactory.createSnakeCase().toJsonTree(message);
        String pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(actual);
        try (InputStream expected = BlockKitTopicsTest.class.getClassLoader().getResourceAsStream(expectedFile)) {
            if (expected == null) {
                throw new AssertionError("missing " + expectedFile + "; rendered:\n" + pretty);
            }
            assertEquals(JsonParser.parseString(new String(expected.readAllBytes(), StandardCharsets.UTF_8)), actual,
                    () -> "rendered:\n" + pretty);
        }
    }
}
