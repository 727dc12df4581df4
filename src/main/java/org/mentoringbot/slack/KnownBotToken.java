package org.mentoringbot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

/**
 * Bolt's authorization step for our single workspace, in place of its SingleTeamAuthorization:
 * the token was checked once at start-up ({@link SlackToken}), so no request waits for, or fails
 * on, another auth.test.
 */
final class KnownBotToken implements Middleware {
    private final String botToken;
    private final SlackToken token;

    KnownBotToken(String botToken, SlackToken token) {
        this.botToken = botToken;
        this.token = token;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        var context = req.getContext();
        if (context.getBotToken() == null) {
            context.setBotToken(botToken);
        }
        SlackToken.Identity identity = token.identity();
        if (identity != null) {
            context.setBotUserId(identity.botUserId());
        }
        return chain.next(req);
    }
}
