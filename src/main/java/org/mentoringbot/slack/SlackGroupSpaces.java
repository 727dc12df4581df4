package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import java.util.List;
import java.util.Locale;
import org.mentoringbot.chat.ChatSender.DeliveryFailed;
import org.mentoringbot.chat.GroupSpaces;

/** Private Slack channels for groups and for the leaders' circle, made and filled by the bot. */
final class SlackGroupSpaces implements GroupSpaces {
    private static final int NAME_ATTEMPTS = 20;

    /** Slack's limit for a group DM, not counting the bot. */
    static final int GROUP_DM_MAX_PEOPLE = 8;

    private final MethodsClient slack;
    private final String botToken;
    private final boolean groupDms;

    /** @param groupDms true to give each group a group DM instead of a private channel */
    SlackGroupSpaces(MethodsClient slack, String botToken, boolean groupDms) {
        this.slack = slack;
        this.botToken = botToken;
        this.groupDms = groupDms;
    }

    @Override
    public String openForGroup(String workspace, String name, List<String> userIds) {
        if (groupDms && userIds.size() <= GROUP_DM_MAX_PEOPLE) {
            return openGroupDm(userIds);
        }
        // A group too big for a group DM still gets a place to talk.
        String channel = create(name);
        invite(channel, userIds);
        return channel;
    }

    private String openGroupDm(List<String> userIds) {
        try {
            var response = slack.conversationsOpen(r -> r.token(botToken).users(userIds).returnIm(false));
            if (response.isOk()) {
                return response.getChannel().getId();
            }
            throw new DeliveryFailed("conversations.open: " + response.getError(), false, 0);
        } catch (DeliveryFailed e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailed("conversations.open: " + e.getClass().getSimpleName(), true, 0);
        }
    }

    @Override
    public String gatherLeaders(String workspace, String channelId, String name, List<String> leaderUserIds) {
        String channel = channelId != null ? channelId : create(name);
        invite(channel, leaderUserIds);
        return channel;
    }

    @Override
    public void removeFromLeaders(String workspace, String channelId, String userId) {
        call("conversations.kick", () -> slack.conversationsKick(r -> r.token(botToken).channel(channelId).user(userId)), "not_in_channel");
    }

    /** Slack channel names are unique per workspace: a taken name gets a number, as people do by hand. */
    private String create(String name) {
        String base = name.toLowerCase(Locale.ROOT);
        for (int attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
            String candidate = attempt == 1 ? base : base + "-" + attempt;
            try {
                var response = slack.conversationsCreate(r -> r.token(botToken).name(candidate).isPrivate(true));
                if (response.isOk()) {
                    return response.getChannel().getId();
                }
                if (!"name_taken".equals(response.getError())) {
                    throw new DeliveryFailed("conversations.create: " + response.getError(), false, 0);
                }
            } catch (DeliveryFailed e) {
                throw e;
            } catch (Exception e) {
                throw new DeliveryFailed("conversations.create: " + e.getClass().getSimpleName(), true, 0);
            }
        }
        throw new DeliveryFailed("conversations.create: no free name like " + base, false, 0);
    }

    private void invite(String channel, List<String> userIds) {
        if (!userIds.isEmpty()) {
            call("conversations.invite", () -> slack.conversationsInvite(r -> r.token(botToken).channel(channel).users(userIds)),
                    "already_in_channel");
        }
    }

    private interface SlackCall {
        SlackApiTextResponse run() throws Exception;
    }

    private static void call(String method, SlackCall call, String harmlessError) {
        try {
            var response = call.run();
            if (!response.isOk() && !harmlessError.equals(response.getError())) {
                throw new DeliveryFailed(method + ": " + response.getError(), false, 0);
            }
        } catch (DeliveryFailed e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailed(method + ": " + e.getClass().getSimpleName(), true, 0);
        }
    }
}
