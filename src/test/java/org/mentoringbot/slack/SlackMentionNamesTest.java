package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mention carries the name Slack showed (<@U123|kari>): it names the person when Slack can't be asked. */
class SlackMentionNamesTest {
    @TempDir
    Path dir;
    SlackTestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = new SlackTestBot(dir);
        bot.slack.knowsUser("U0PRINCIPAL", "Rektor Åse", "en-US", "Europe/Oslo");
        bot.command("U0PRINCIPAL", "setup Lindeskolen");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void whenUsersInfoCannotBeReachedTheMentionsNameIsUsed() throws Exception {
        bot.slack.answers("users.info", "U0KARI", com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));

        String reply = bot.command("U0PRINCIPAL", "leaders add <@U0KARI|kari>");

        assertEquals("New group leader: kari. Leaders share a private circle to support each other.", reply);
        assertEquals(1, bot.count("SELECT COUNT(*) FROM leaders"));
    }

    @Test
    void whenSlackSaysThereIsNoSuchUserTheMentionIsRefused() throws Exception {
        bot.slack.answers("users.info", "U0GONE", FakeSlack.json("{\"ok\":false,\"error\":\"user_not_found\"}"));

        assertTrue(bot.command("U0PRINCIPAL", "leaders add <@U0GONE|gone>").startsWith("I could not find @gone"));
        assertEquals(0, bot.count("SELECT COUNT(*) FROM leaders"));
    }

    @Test
    void aDeactivatedUserIsRefusedEvenWithAName() throws Exception {
        bot.slack.answers("users.info", "U0LEFT", FakeSlack.json("""
                {"ok":true,"user":{"id":"U0LEFT","team_id":"T0SAMPLE01","name":"left","deleted":true,"profile":{"display_name":"Left"}}}"""));

        assertTrue(bot.command("U0PRINCIPAL", "leaders add <@U0LEFT|left>").startsWith("I could not find @left"));
    }

    @Test
    void whenSlackAnswersItsNameWins() throws Exception {
        bot.slack.knowsUser("U0KARI", "Kari Nordmann", "nb-NO", "Europe/Oslo");

        assertTrue(bot.command("U0PRINCIPAL", "leaders add <@U0KARI|kari>").contains("Kari Nordmann"));
    }
}
