package org.mentoringbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.chat.Requester;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the bot: a Bolt app whose handlers reduce each request to
 * (requester, command), run it through the shared dispatcher and render the reply as Block Kit.
 * Served over HTTP ({@link #servlet()}) and, with an app token, over Socket Mode.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
    private static final Pattern OUR_ACTIONS = Pattern.compile("^(round\\.[a-z]+|help)$");
    static final int CALL_TIMEOUT_MILLIS = 20_000;

    /** Where and how to reach Slack. */
    public record Credentials(String botToken, String signingSecret, String apiUrl) {}

    private final App app;
    private final SlackRequestSignature signature;
    private final CommandParser parser = new CommandParser();
    private final CommandDispatcher dispatcher;
    private final SlackUserDirectory users;
    private final SlackSender sender;
    private final ExecutorService afterAck = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "slack-after-ack");
        thread.setDaemon(true);
        return thread;
    });
    private SocketModeApp socketMode;

    public SlackAdapter(Credentials credentials, CommandDispatcher dispatcher, Clock clock) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(credentials.apiUrl());
        // Bounds a send, so the outbox's lease (minutes) always outlasts one; OkHttp has no overall limit by default.
        slackConfig.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
        Slack slack = Slack.getInstance(slackConfig);
        // Everything explicit: Bolt would otherwise read SLACK_* from the process environment.
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(credentials.botToken())
                .signingSecret(credentials.signingSecret() == null ? "" : credentials.signingSecret())
                .requestVerificationEnabled(credentials.signingSecret() != null)
                .build());
        this.signature = credentials.signingSecret() == null ? null : new SlackRequestSignature(credentials.signingSecret(), clock);
        this.dispatcher = dispatcher;
        MethodsClient methods = slack.methods(credentials.botToken());
        this.users = new SlackUserDirectory(methods, credentials.botToken(), clock);
        this.sender = new SlackSender(methods, credentials.botToken(), users);
        registerHandlers();
    }

    private void registerHandlers() {
        app.command(BlockKitRenderer.COMMAND, (request, context) -> {
            var payload = request.getPayload();
            Requester requester = users.requester(payload.getTeamId(), payload.getUserId(), payload.getUserName());
            SlackMessage message = render(requester, dispatcher.handle(requester, parser.parse(payload.getText())));
            return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
        });

        app.blockAction(OUR_ACTIONS, (request, context) -> {
            var payload = request.getPayload();
            String actionId = payload.getActions().get(0).getActionId();
            MentoringCommand command = parser.parseAction(actionId);
            Requester requester = users.requester(payload.getTeam().getId(), payload.getUser().getId(), payload.getUser().getName());
            SlackMessage message = render(requester, dispatcher.handle(requester, command));
            if (payload.getResponseUrl() != null) {
                // Ack first: the update goes to response_url from another thread, after Slack has its 200.
                afterAck.execute(() -> respond(context, message, actionId));
            }
            return context.ack();
        });
    }

    private static void respond(ActionContext context, SlackMessage message, String actionId) {
        try {
            var response = context.respond(r -> r.responseType("ephemeral").replaceOriginal(true)
                    .text(message.text()).blocks(message.blocks()));
            if (response.getCode() != 200) {
                LOG.warn("response_url answered {} for action {}", response.getCode(), actionId);
            }
        } catch (Exception e) {
            LOG.warn("could not answer action {} through response_url: {}", actionId, e.toString());
        }
    }

    private static SlackMessage render(Requester requester, Reply reply) {
        return reply.accept(new BlockKitRenderer(Messages.in(requester.locale())));
    }

    /** Sends the bot's own messages (reminders and the like) through the same client and user directory. */
    public ChatSender sender() {
        return sender;
    }

    /** The servlet for {@code POST /slack/events}; needs the signing secret. */
    public HttpServlet servlet() {
        if (signature == null) {
            throw new IllegalStateException("serving Slack over HTTP needs SLACK_SIGNING_SECRET");
        }
        return new SlackEventsServlet(app, signature);
    }

    /** Connects to Slack over Socket Mode: no public URL needed. */
    public void startSocketMode(String appToken) throws Exception {
        socketMode = new SocketModeApp(appToken, app);
        socketMode.startAsync();
        LOG.info("connected to Slack over Socket Mode");
    }

    @Override
    public void close() throws Exception {
        if (socketMode != null) {
            socketMode.close();
        }
        afterAck.shutdown();
        afterAck.awaitTermination(5, TimeUnit.SECONDS);
        app.stop();
    }
}
