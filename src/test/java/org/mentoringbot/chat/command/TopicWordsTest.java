package org.mentoringbot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.chat.command.MentoringCommand.Invalid;
import org.mentoringbot.chat.command.MentoringCommand.ProposeTopic;
import org.mentoringbot.chat.command.MentoringCommand.SetAgenda;
import org.mentoringbot.chat.command.MentoringCommand.ShowAgenda;
import org.mentoringbot.chat.command.MentoringCommand.ShowTopics;
import org.mentoringbot.chat.command.MentoringCommand.VoteTopic;
import org.mentoringbot.chat.command.MentoringCommand.VoteTopicNumber;
import org.mentoringbot.chat.command.MentoringCommand.WithdrawTopic;

/** propose, topics and agenda as people type them, hostile text included. */
class TopicWordsTest {
    private final CommandParser parser = new CommandParser();
    private static final Invalid TOPICS_USAGE = new Invalid("topics.usage", List.of());
    private static final Invalid AGENDA_USAGE = new Invalid("agenda.usage", List.of());

    static Stream<Arguments> typedText() {
        String fiveThousand = "ø".repeat(5000);
        return Stream.of(
                argumentSet("a topic", "propose Foreldre som sender e-post sent", new ProposeTopic("Foreldre som sender e-post sent", false)),
                argumentSet("æøå kept", "propose Blåbær, søtt og Ærlig", new ProposeTopic("Blåbær, søtt og Ærlig", false)),
                argumentSet("emoji kept whole", "propose Sliten 😮\u200D💨 🇳🇴", new ProposeTopic("Sliten 😮\u200D💨 🇳🇴", false)),
                argumentSet("5,000 characters reach the use case uncut", "propose " + fiveThousand, new ProposeTopic(fiveThousand, false)),
                argumentSet("nothing after propose", "propose", new ProposeTopic("", false)),
                argumentSet("only spaces after propose", "propose  \u00A0 \t", new ProposeTopic("", false)),
                argumentSet("only --anonymous", "propose --anonymous", new ProposeTopic("", true)),
                argumentSet("--anonymous first", "propose --anonymous Jeg gruer meg", new ProposeTopic("Jeg gruer meg", true)),
                argumentSet("--anonymous last", "propose Jeg gruer meg --anonymous", new ProposeTopic("Jeg gruer meg", true)),
                argumentSet("--anonymous in the middle", "propose Jeg --anonymous gruer meg", new ProposeTopic("Jeg gruer meg", true)),
                argumentSet("--ANONYMOUS in capitals", "propose Hei --ANONYMOUS", new ProposeTopic("Hei", true)),
                argumentSet("em dash from a phone", "propose Hei \u2014anonymous", new ProposeTopic("Hei", true)),
                argumentSet("en dash from a phone", "propose Hei \u2013anonymous", new ProposeTopic("Hei", true)),
                argumentSet("--anon short", "propose Hei --anon", new ProposeTopic("Hei", true)),
                argumentSet("--anonymt in Norwegian", "propose Hei --anonymt", new ProposeTopic("Hei", true)),
                argumentSet("the flag twice", "propose --anonymous Hei --anonymous", new ProposeTopic("Hei", true)),
                argumentSet("control characters folded", "propose Hei\u0000på\u0007deg\r\nalle", new ProposeTopic("Hei på deg alle", false)),
                argumentSet("zero-width characters dropped", "propose He\u200Bi", new ProposeTopic("Hei", false)),
                argumentSet("a word that only starts like the flag", "propose anonymous feedback", new ProposeTopic("anonymous feedback", false)),
                argumentSet("PROPOSE in capitals", "PROPOSE Hei", new ProposeTopic("Hei", false)),
                argumentSet("a mention is kept as text", "propose <!channel> hei <@U123>", new ProposeTopic("<!channel> hei <@U123>", false)),
                // topics
                argumentSet("topics", "topics", new ShowTopics(null)),
                argumentSet("topics for a group", "topics --group 2", new ShowTopics(2)),
                argumentSet("topics for a group, em dash", "topics \u2014group 2", new ShowTopics(2)),
                argumentSet("vote", "topics vote 2", new VoteTopicNumber(2)),
                argumentSet("vote with #", "topics vote #12", new VoteTopicNumber(12)),
                argumentSet("VOTE in capitals", "Topics VOTE 3", new VoteTopicNumber(3)),
                argumentSet("withdraw", "topics withdraw 4", new WithdrawTopic(4)),
                argumentSet("vote without a number", "topics vote", TOPICS_USAGE),
                argumentSet("vote for a word", "topics vote two", TOPICS_USAGE),
                argumentSet("vote for a huge number", "topics vote 99999999999999999999", TOPICS_USAGE),
                argumentSet("--group without a number", "topics --group", TOPICS_USAGE),
                argumentSet("--group twice", "topics --group 1 --group 2", TOPICS_USAGE),
                argumentSet("something else", "topics please", TOPICS_USAGE),
                argumentSet("a 5,000-character paste", "topics " + fiveThousand, TOPICS_USAGE),
                // agenda
                argumentSet("agenda", "agenda", new ShowAgenda(null)),
                argumentSet("agenda for a group", "agenda --group 3", new ShowAgenda(3)),
                argumentSet("set the agenda", "agenda 1 3", new SetAgenda(List.of(1, 3), null)),
                argumentSet("with commas", "agenda 1, 3,4", new SetAgenda(List.of(1, 3, 4), null)),
                argumentSet("with # and a group", "agenda #2 --group 1", new SetAgenda(List.of(2), 1)),
                argumentSet("group first", "agenda --group 1 2 5", new SetAgenda(List.of(2, 5), 1)),
                argumentSet("clear", "agenda clear", new SetAgenda(List.of(), null)),
                argumentSet("CLEAR for a group", "agenda CLEAR --group 2", new SetAgenda(List.of(), 2)),
                argumentSet("a word among numbers", "agenda 1 and 3", AGENDA_USAGE),
                argumentSet("emoji", "agenda 🌻", AGENDA_USAGE),
                argumentSet("a paste of 5,000 numbers", "agenda " + "1 ".repeat(2500), AGENDA_USAGE));
    }

    @ParameterizedTest
    @MethodSource("typedText")
    void understandsWhatWasTyped(String typed, MentoringCommand expected) {
        assertEquals(expected, parser.parse(typed));
    }

    @Test
    void aVoteButtonCarriesTheTopicsId() {
        assertEquals(new VoteTopic(42), parser.parseAction("topic.vote", "42"));
        assertEquals(new ShowTopics(2), parser.parseAction("topics.group", "2"));
    }

    @Test
    void aForgedButtonValueIsRefusedNotGuessed() {
        assertInstanceOf(Invalid.class, parser.parseAction("topic.vote", "42; DROP TABLE votes"));
        assertInstanceOf(Invalid.class, parser.parseAction("topic.vote", null));
        assertInstanceOf(Invalid.class, parser.parseAction("topic.vote", "-1"));
        assertInstanceOf(Invalid.class, parser.parseAction("topics.group", "x"));
    }

    @Test
    void aBoardButtonHasAWordingToTypeInTheConsole() {
        assertEquals("topics --group 2", CommandParser.typedFormOf("topics.group", "2"));
        assertEquals(new ShowTopics(2), parser.parse(CommandParser.typedFormOf("topics.group", "2")));
    }
}
