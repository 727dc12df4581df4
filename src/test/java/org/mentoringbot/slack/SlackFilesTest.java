package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.ChatAddress;

class SlackFilesTest {
    private final FakeSlack fake = new FakeSlack();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aFileIsUploadedAndSharedInTheChannelWithItsComment() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        var files = new SlackFiles(Slack.getInstance(config).methods("xoxb-test"), "xoxb-test");
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        files.share(new ChatAddress("slack:T0SAMPLE01", "C0GROUP"), "session.ics", "Session 14 January", ics, "Møte i gruppe 2 🌻");

        assertEquals(1, fake.uploads().size());
        assertArrayEquals(ics, fake.uploads().get(0));
        var complete = fake.calls("files.completeUploadExternal").get(0);
        assertEquals("C0GROUP", FakeSlack.param(complete, "channel_id"));
        assertEquals("Møte i gruppe 2 🌻", FakeSlack.param(complete, "initial_comment"));
        assertTrue(FakeSlack.param(complete, "files").contains("Session 14 January"));
    }
}
