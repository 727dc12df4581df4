package org.mentoringbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentoringbot.delivery.SendPacer.Limits;
import org.mentoringbot.delivery.SendPacer.Rate;

class SendPacerTest {
    private static final String SLACK = "slack:T1";
    private static final String TEAMS = "teams:tenant-1";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T08:00:00Z"));
    private final SendPacer pacer = new SendPacer(clock);

    private int sendsAllowed(String workspace, String conversation, int tries) {
        int allowed = 0;
        for (int i = 0; i < tries; i++) {
            allowed += pacer.tryAcquire(workspace, conversation) ? 1 : 0;
        }
        return allowed;
    }

    @Test
    void aSlackChannelGetsAShortBurstThenOnePerSecond() {
        assertEquals(2, sendsAllowed(SLACK, "C1", 10), "burst");
        clock.advance(Duration.ofMillis(999));
        assertEquals(0, sendsAllowed(SLACK, "C1", 10));
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, sendsAllowed(SLACK, "C1", 10));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(2, sendsAllowed(SLACK, "C1", 10), "a quiet spell refills only up to the burst");
    }

    @Test
    void oneBusyChannelLeavesOthersFree() {
        sendsAllowed(SLACK, "C1", 10);
        assertTrue(pacer.tryAcquire(SLACK, "C2"));
        assertEquals(Set.of("C1"), pacer.blockedConversations());
    }

    @Test
    void theSlackWorkspaceBudgetCapsAllChannelsTogether() {
        int allowed = 0;
        for (int channel = 0; channel < 50; channel++) {
            allowed += sendsAllowed(SLACK, "C" + channel, 1);
        }
        assertEquals(10, allowed, "the workspace's burst");
        assertEquals(Set.of(SLACK), pacer.blockedWorkspaces());
        clock.advance(Duration.ofSeconds(1));
        allowed = 0;
        for (int channel = 100; channel < 150; channel++) {
            allowed += sendsAllowed(SLACK, "C" + channel, 1);
        }
        assertEquals(5, allowed, "then five a second");
    }

    @Test
    void aRefusedSendTakesFromNeitherBudget() {
        Limits tight = new Limits(List.of(Rate.perSecond(1, 1)), List.of(Rate.perSecond(2, 2)));
        SendPacer pacer = new SendPacer(clock, Map.of("slack", tight));
        assertTrue(pacer.tryAcquire(SLACK, "C1"));
        assertFalse(pacer.tryAcquire(SLACK, "C1"), "the channel is empty");
        assertTrue(pacer.tryAcquire(SLACK, "C2"), "so the refused send did not spend the workspace's second token");
    }

    @Test
    void aSendGivenBackCanBeMadeLater() {
        sendsAllowed(SLACK, "C1", 2);
        pacer.giveBack(SLACK, "C1");
        assertTrue(pacer.tryAcquire(SLACK, "C1"));
    }

    @Test
    void teamsAllowsSevenASecondAndSixtyPerThirtySecondsPerConversation() {
        assertEquals(7, sendsAllowed(TEAMS, "19:chat", 20));
        int sent = 7;
        for (int second = 1; second < 30; second++) {
            clock.advance(Duration.ofSeconds(1));
            sent += sendsAllowed(TEAMS, "19:chat", 20);
        }
        // 60 at once, then 2 a second from the 30-second bucket: 60 + 29 * 2, never 7 a second for long
        assertTrue(sent <= 60 + 29 * 2, "sent " + sent);
        assertTrue(sent >= 60, "sent " + sent);
        clock.advance(Duration.ofSeconds(1));
        assertTrue(sendsAllowed(TEAMS, "19:chat", 20) <= 2, "the 30-second budget is what holds now");
    }

    @Test
    void aTeamsTenantTakesFiftyASecondAcrossConversations() {
        int allowed = 0;
        for (int conversation = 0; conversation < 100; conversation++) {
            allowed += sendsAllowed(TEAMS, "19:c" + conversation, 1);
        }
        assertEquals(50, allowed);
    }

    @Test
    void retryAfterPausesTheConversationUntilThen() {
        assertTrue(pacer.tryAcquire(SLACK, "C1"));
        pacer.rateLimited(SLACK, "C1", Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertFalse(pacer.tryAcquire(SLACK, "C1"));
        assertTrue(pacer.blockedConversations().contains("C1"));
        assertTrue(pacer.tryAcquire(SLACK, "C2"), "one channel's limit is not the workspace's");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pacer.tryAcquire(SLACK, "C1"));
    }

    @Test
    void aSecondConversationToldToWaitMeansTheWholeWorkspaceWaits() {
        pacer.rateLimited(SLACK, "C1", Duration.ofSeconds(5));
        assertTrue(pacer.blockedWorkspaces().isEmpty());
        pacer.rateLimited(SLACK, "C2", Duration.ofSeconds(20));
        assertEquals(Set.of(SLACK), pacer.blockedWorkspaces());
        assertFalse(pacer.tryAcquire(SLACK, "C3"));
        assertTrue(pacer.tryAcquire("slack:T2", "C3"), "other workspaces are unaffected");
        clock.advance(Duration.ofSeconds(20));
        assertTrue(pacer.tryAcquire(SLACK, "C3"));
    }

    @Test
    void waitsThatDoNotOverlapStayPerConversation() {
        pacer.rateLimited(SLACK, "C1", Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        pacer.rateLimited(SLACK, "C2", Duration.ofSeconds(1));
        assertTrue(pacer.blockedWorkspaces().isEmpty());
        assertTrue(pacer.tryAcquire(SLACK, "C3"));
    }

    @Test
    void itSaysHowLongUntilSomethingHeldBackMayGo() {
        assertEquals(java.util.Optional.empty(), pacer.untilNextSend(), "nothing held back");
        sendsAllowed(SLACK, "C1", 2);
        clock.advance(Duration.ofMillis(300));
        assertEquals(java.util.Optional.of(Duration.ofMillis(700)), pacer.untilNextSend(), "C1's next token");
        pacer.rateLimited(SLACK, "C2", Duration.ofSeconds(5));
        assertEquals(java.util.Optional.of(Duration.ofMillis(700)), pacer.untilNextSend(), "the soonest of the two");
        clock.advance(Duration.ofMillis(700));
        assertEquals(java.util.Optional.of(Duration.ofMillis(4_300)), pacer.untilNextSend(), "C1 is free again; C2 still waits");
    }

    @Test
    void aConversationWaitsForItsWorkspaceToo() {
        Limits tight = new Limits(List.of(Rate.perSecond(10, 10)), List.of(Rate.perSecond(1, 1)));
        SendPacer pacer = new SendPacer(clock, Map.of("slack", tight));
        assertTrue(pacer.tryAcquire(SLACK, "C1"));
        assertFalse(pacer.tryAcquire(SLACK, "C1"));
        assertEquals(java.util.Optional.of(Duration.ofSeconds(1)), pacer.untilNextSend());
    }

    @Test
    void unknownPlatformsGetSlacksStricterLimits() {
        assertEquals(2, sendsAllowed("discord:G1", "C1", 10));
    }

    @Test
    void idleConversationsAreForgottenSoMemoryStaysBounded() {
        for (int i = 0; i < 1_000; i++) {
            pacer.tryAcquire("slack:T" + i, "U" + i);
        }
        assertEquals(2_000, pacer.remembered());
        pacer.rateLimited("slack:T1", "U1", Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(pacer.blockedConversations().equals(Set.of("U1")));
        assertTrue(pacer.blockedWorkspaces().isEmpty());
        assertEquals(1, pacer.remembered(), "only the waiting conversation is kept");
        clock.advance(Duration.ofMinutes(5));
        pacer.blockedConversations();
        // Forgotten means fresh: the full burst again.
        assertEquals(2, sendsAllowed("slack:T1", "U1", 10));
    }

    @Test
    void aClockThatStepsBackGivesNothingAway() {
        sendsAllowed(SLACK, "C1", 2);
        clock.advance(Duration.ofSeconds(-60));
        assertFalse(pacer.tryAcquire(SLACK, "C1"));
    }
}
