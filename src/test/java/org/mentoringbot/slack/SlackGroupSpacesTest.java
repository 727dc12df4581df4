package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackGroupSpacesTest {
    private final FakeSlack fake = new FakeSlack();

    @AfterEach
    void stop() {
        fake.close();
    }

    private SlackGroupSpaces spaces(boolean groupDms) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return new SlackGroupSpaces(Slack.getInstance(config).methods("xoxb-test"), "xoxb-test", groupDms);
    }

    @Test
    void withGroupDmsASmallGroupGetsAGroupDmAndNoChannel() {
        fake.stub("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"G0MPIM\"}}");
        String space = spaces(true).openForGroup("slack:T0SAMPLE01", "mentoring-r1-g1", List.of("U1", "U2", "U3", "U0LEADER"));

        assertEquals("G0MPIM", space);
        assertEquals("U1,U2,U3,U0LEADER", FakeSlack.param(fake.calls("conversations.open").get(0), "users"));
        assertTrue(fake.calls("conversations.create").isEmpty());
    }

    @Test
    void aGroupTooBigForAGroupDmStillGetsAPrivateChannel() {
        List<String> nine = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        spaces(true).openForGroup("slack:T0SAMPLE01", "mentoring-r1-g1", nine);

        assertTrue(fake.calls("conversations.open").isEmpty());
        assertTrue(List.of("1", "true").contains(FakeSlack.param(fake.calls("conversations.create").get(0), "is_private")));
        assertEquals(String.join(",", nine), FakeSlack.param(fake.calls("conversations.invite").get(0), "users"));
    }

    @Test
    void aTakenChannelNameGetsANumberLikePeopleDoByHand() {
        fake.stubOnce("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
        spaces(false).openForGroup("slack:T0SAMPLE01", "Mentoring-R1-G1", List.of("U1"));

        var creates = fake.calls("conversations.create");
        assertEquals("mentoring-r1-g1", FakeSlack.param(creates.get(0), "name"));
        assertEquals("mentoring-r1-g1-2", FakeSlack.param(creates.get(1), "name"));
    }
}
