package org.mentoringbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mentoringbot.chat.ChatFiles;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.chat.GroupSpaces;
import org.mentoringbot.chat.Requester;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the bot: a Bolt app whose handlers reduce each request to (requester, command),
 * run it through the shared dispatcher and render the reply as Block Kit (a message, a modal, or
 * the App Home tab). Served over HTTP ({@link #servlet()}) and, with an app token, Socket Mode.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
    private static final Pattern OUR_ACTIONS = Pattern.compile(
            "^(round\\.[a-z.]+|groups\\.[a-z]+|group\\.seat|session\\.[a-z]+|topic\\.vote|topics\\.group|reflect\\.[a-z]+|data\\.[a-z.]+|home|help)$");

    /** Every Slack call ends within this, so an outbox send always finishes inside its lease. */
    static final int CALL_TIMEOUT_MILLIS = 20_000;

    /** Where and how to reach Slack. */
    public record Credentials(String botToken, String signingSecret, String apiUrl) {}

    /** What Slack said about a token when asked. */
    public sealed interface TokenCheck {
        /** Slack accepted it. */
        record Valid() implements TokenCheck {}

        /** Slack refused it: {@code error} is Slack's code, such as invalid_auth or token_revoked. */
        record Refused(String error) implements TokenCheck {}

        /** Slack could not be asked, or did not say (connection refused, time-out, a 5xx). */
        record Unreachable(String reason) implements TokenCheck {}
    }

    /** How groups get a place to talk. */
    public enum GroupSpaceKind { PRIVATE_CHANNEL, GROUP_DM }

    private final App app;
    private final MethodsClient client;
    private final String botToken;
    private final SlackToken token;
    private final SlackRequestSignature signature;
    private final CommandParser parser = new CommandParser();
    private final SlackUserDirectory users;
    private final SlackSender sender;
    private final SlackGroupSpaces spaces;
    private final SlackFiles files;
    private final ExecutorService afterAck = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "slack-after-ack");
        thread.setDaemon(true);
        return thread;
    });
    private CommandDispatcher dispatcher;
    private SocketModeApp socketMode;

    public SlackAdapter(Credentials credentials, Clock clock) {
        this(credentials, GroupSpaceKind.PRIVATE_CHANNEL, clock);
    }

    public SlackAdapter(Credentials credentials, GroupSpaceKind groupSpaces, Clock clock) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(credentials.apiUrl());
        slackConfig.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
        // The SDK's call statistics (unused here) resolve each token's team with an auth.test of their own,
        // which logs an ERROR and a stack trace on every call while the token is bad or Slack can't be reached.
        slackConfig.setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        this.botToken = credentials.botToken();
        this.client = slack.methods(botToken);
        this.token = new SlackToken(client, botToken);
        // Everything explicit: Bolt would otherwise read SLACK_* from the process environment.
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(credentials.botToken())
                .signingSecret(credentials.signingSecret() == null ? "" : credentials.signingSecret())
                .requestVerificationEnabled(false) // SlackEventsServlet verifies the bytes as received, before Bolt
                .unmatchedRequestHandler(SlackAdapter::acknowledgeUnmatched)
                .build();
        this.app = new App(config, middleware(config, botToken, token));
        this.app.asOAuthApp(false);
        this.signature = credentials.signingSecret() == null ? null : new SlackRequestSignature(credentials.signingSecret(), clock);
        this.users = new SlackUserDirectory(client, botToken, clock);
        this.sender = new SlackSender(client, botToken, users);
        this.spaces = new SlackGroupSpaces(client, botToken, groupSpaces == GroupSpaceKind.GROUP_DM);
        this.files = new SlackFiles(client, botToken);
    }

    /**
     * Bolt's default middleware, except that its authorization step (an auth.test on first use,
     * throwing on every request while the token is bad) is ours: the token is checked once at start-up.
     * Its signature check is left out: {@link SlackEventsServlet} has checked the raw bytes already
     * (and Bolt's check logs the body at debug level).
     */
    @SuppressWarnings("deprecation") // Bolt's own SSL check still takes the legacy verification token (unset here)
    private static List<Middleware> middleware(AppConfig config, String botToken, SlackToken token) {
        List<Middleware> middleware = new ArrayList<>();
        if (config.isSslCheckEnabled()) {
            middleware.add(new SSLCheck(config.getVerificationToken()));
        }
        middleware.add(new KnownBotToken(botToken, token));
        if (config.isIgnoringSelfEventsEnabled()) {
            middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return middleware;
    }

    /** A button, form or event no handler takes: Slack only needs to know it arrived, or it retries. */
    private static Response acknowledgeUnmatched(Request<?> request) {
        LOG.debug("acknowledged a {} request that no handler takes", request.getRequestType());
        return Response.builder().statusCode(200).build();
    }

    /**
     * Asks Slack once whether the bot token works. While Slack can't be reached it keeps asking in
     * the background, and {@link #tokenStatus()} says "unverified" until it answers.
     */
    public TokenCheck checkToken() {
        TokenCheck check = token.check();
        if (check instanceof TokenCheck.Unreachable) {
            token.retryUntilVerified();
        }
        return check;
    }

    /** "verified" once Slack has accepted the bot token, else "unverified"; for /health. */
    public String tokenStatus() {
        return token.verified() ? "verified" : "unverified";
    }

    /** Asks Slack whether an app-level token (for Socket Mode) works, with apps.connections.open. */
    public TokenCheck checkAppToken(String appToken) {
        return token.checkAppToken(appToken);
    }

    public People people() {
        return users;
    }

    public ChatSender sender() {
        return sender;
    }

    public GroupSpaces spaces() {
        return spaces;
    }

    public ChatFiles files() {
        return files;
    }

    /** Where work after Slack's acknowledgement runs (messages to others, channels, App Home). */
    public Executor followUps() {
        return afterAck;
    }

    /** Starts handling Slack's requests with this dispatcher. */
    public void attach(CommandDispatcher commands) {
        this.dispatcher = commands;
        commands.onPersonChanged(person -> afterAck.execute(() -> publishHome(person)));

        app.command(BlockKitRenderer.COMMAND, (request, context) -> {
            var payload = request.getPayload();
            Requester requester = users.requester(payload.getTeamId(), payload.getUserId(), payload.getUserName())
                    .inChannel(payload.getChannelId());
            SlackMessage message = render(requester, dispatcher.handle(requester, parser.parse(payload.getText())));
            if (message.modal() != null) {
                openModal(payload.getTriggerId(), message.modal());
                return context.ack();
            }
            return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
        });

        app.blockAction(OUR_ACTIONS, (request, context) -> {
            var payload = request.getPayload();
            var action = payload.getActions().get(0);
            MentoringCommand command = parser.parseAction(action.getActionId(), action.getValue());
            Requester requester = users.requester(payload.getTeam().getId(), payload.getUser().getId(), payload.getUser().getName());
            SlackMessage message = render(requester, dispatcher.handle(requester, command));
            if (message.modal() != null) {
                openModal(payload.getTriggerId(), message.modal());
            } else if (payload.getResponseUrl() != null) {
                // Ack first: the update goes to response_url from another thread, after Slack has its 200.
                afterAck.execute(() -> respond(context, message, action.getActionId()));
            } else {
                // A button on the App Home tab: there is no message to update, so the answer comes as a DM.
                afterAck.execute(() -> sendQuietly(requester.person(), message));
            }
            return context.ack();
        });

        app.viewSubmission(GroupEditorForm.CALLBACK_ID, (request, context) -> {
            var payload = request.getPayload();
            Requester requester = users.requester(payload.getTeam().getId(), payload.getUser().getId(), payload.getUser().getName());
            Reply reply = dispatcher.handle(requester, GroupEditorForm.read(payload.getView().getState()));
            if (reply instanceof Reply.FormProblems problems) {
                return context.ackWithErrors(new BlockKitRenderer(Messages.in(requester.locale())).fieldErrors(problems));
            }
            SlackMessage message = render(requester, reply);
            afterAck.execute(() -> sendQuietly(requester.person(), message));
            return context.ack();
        });

        app.viewSubmission(ReflectionModal.CALLBACK_ID, (request, context) -> {
            var payload = request.getPayload();
            Requester requester = users.requester(payload.getTeam().getId(), payload.getUser().getId(), payload.getUser().getName());
            var view = payload.getView();
            Reply reply = dispatcher.handle(requester, ReflectionModal.read(view.getState(), view.getPrivateMetadata(), parser));
            if (reply instanceof Reply.Notice notice && notice.tone() != Reply.Tone.SUCCESS) {
                // Nothing was stored: the modal stays open with the reason next to the field.
                return context.ackWithErrors(ReflectionModal.errors(notice, Messages.in(requester.locale())));
            }
            SlackMessage message = render(requester, reply);
            afterAck.execute(() -> sendQuietly(requester.person(), message));
            return context.ack();
        });

        app.viewSubmission(SessionForm.CALLBACK_ID, (request, context) -> {
            var payload = request.getPayload();
            Requester requester = users.requester(payload.getTeam().getId(), payload.getUser().getId(), payload.getUser().getName());
            var view = payload.getView();
            Reply reply = dispatcher.handle(requester, SessionForm.read(view.getState(), view.getPrivateMetadata()));
            if (reply instanceof Reply.FieldProblems problems) {
                return context.ackWithErrors(SessionForm.errors(Messages.in(requester.locale()), problems));
            }
            // Planned, or a question (which 02:30?) whose buttons a form cannot hold: the answer comes as a DM.
            SlackMessage message = render(requester, reply);
            afterAck.execute(() -> sendQuietly(requester.person(), message));
            return context.ack();
        });

        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            var event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                Person person = users.requester(payload.getTeamId(), event.getUser(), event.getUser()).person();
                afterAck.execute(() -> publishHome(person));
            }
            return context.ack();
        });
    }

    private void openModal(String triggerId, View modal) {
        try {
            var response = client.viewsOpen(r -> r.token(botToken).triggerId(triggerId).view(modal));
            if (!response.isOk()) {
                LOG.warn("views.open answered {}", response.getError());
            }
        } catch (Exception e) {
            LOG.warn("views.open failed: {}", e.toString());
        }
    }

    /** Publishes a person's App Home tab as it is now. */
    void publishHome(Person person) {
        String teamId = person.workspace().substring("slack:".length());
        Requester requester = users.requester(teamId, person.userId(), person.displayName());
        SlackMessage home = render(requester, dispatcher.handle(requester, new MentoringCommand.Home()));
        try {
            var response = client.viewsPublish(r -> r.token(botToken).userId(person.userId())
                    .view(View.builder().type("home").blocks(home.blocks()).build()));
            if (!response.isOk()) {
                LOG.warn("views.publish for {} answered {}", person.userId(), response.getError());
            }
        } catch (Exception e) {
            LOG.warn("views.publish for {} failed: {}", person.userId(), e.toString());
        }
    }

    private void sendQuietly(Person person, SlackMessage message) {
        try {
            client.chatPostMessage(r -> r.token(botToken).channel(person.userId()).text(message.text()).blocks(message.blocks()));
        } catch (Exception e) {
            LOG.warn("could not answer {} by direct message: {}", person.userId(), e.toString());
        }
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
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
            token.close();
            afterAck.shutdown();
            afterAck.awaitTermination(5, TimeUnit.SECONDS);
            app.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Slack did not stop cleanly: {}", e.toString());
        }
    }
}
