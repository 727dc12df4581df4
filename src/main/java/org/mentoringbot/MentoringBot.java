package org.mentoringbot;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoringbot.chat.ChatPorts;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.CommandDispatcher;
import org.mentoringbot.console.ConsoleChat;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.delivery.OutboxDelivery;
import org.mentoringbot.delivery.OutboxSender;
import org.mentoringbot.delivery.ReminderNotices;
import org.mentoringbot.scheduling.ReminderScheduler;
import org.mentoringbot.usecase.FollowUpEvaluation;
import org.mentoringbot.usecase.SendSessionReminders;
import org.mentoringbot.delivery.SendPacer;
import org.mentoringbot.persistence.Database;
import org.mentoringbot.persistence.DatabaseUnavailable;
import org.mentoringbot.server.HttpServer;
import org.mentoringbot.server.Settings;
import org.mentoringbot.server.SettingsException;
import org.mentoringbot.slack.SlackAdapter;
import org.mentoringbot.chat.UseCases;
import org.mentoringbot.console.ConsolePlatform;
import org.mentoringbot.usecase.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bot: {@code serve} (HTTP and/or Slack Socket Mode), {@code console} (a local chat on
 * the terminal), or, with no argument, serve when Slack is configured and console otherwise.
 * Everything is wired by hand here, top to bottom.
 */
public final class MentoringBot {
    private static final Logger LOG = LoggerFactory.getLogger(MentoringBot.class);
    static final String USAGE = """
            usage: java -jar mentoring-bot.jar [serve | console [--user NAME] [--lang en|nb]]
              serve    HTTP server with POST /slack/events and GET /health (and Slack Socket Mode with SLACK_APP_TOKEN)
              console  chat with the bot in this terminal, on the same database
              (none)   serve when SLACK_BOT_TOKEN is set, console otherwise""";

    private MentoringBot() {}

    public static void main(String[] args) {
        int exit = run(List.of(args), System.getenv(), System.in, System.out, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs a mode to its end (console) or until the server is up (serve); returns the exit code. */
    static int run(List<String> args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
        String mode = args.isEmpty() ? "" : args.get(0);
        if (mode.equals("--help") || mode.equals("-h") || mode.equals("help")) {
            out.println(USAGE);
            return 0;
        }
        if (!mode.isEmpty() && !mode.equals("serve") && !mode.equals("console")) {
            err.println("mentoring-bot: unknown mode '" + mode + "'\n" + USAGE);
            return 2;
        }
        try {
            Settings settings = Settings.load(environment);
            if (mode.isEmpty()) {
                mode = settings.slackConfigured() ? "serve" : "console";
                if (mode.equals("console")) {
                    err.println("No Slack credentials (SLACK_BOT_TOKEN) found: starting the local console chat. "
                            + "README.md says how to connect Slack.");
                }
            }
            if (mode.equals("serve")) {
                Running running = serve(settings, Clock.systemUTC());
                Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
                out.println("mentoring-bot is serving on port " + running.port() + " (GET /health)");
                return 0;
            }
            return console(settings, args.subList(Math.min(1, args.size()), args.size()), in, out, err);
        } catch (SettingsException e) {
            err.println("mentoring-bot: " + e.getMessage());
            return 2;
        } catch (DatabaseUnavailable e) {
            err.println("mentoring-bot: " + e.getMessage() + " (mentoring.db.url / MENTORING_DB_URL)");
            return 2;
        }
    }

    private static int console(Settings settings, List<String> options, InputStream in, PrintStream out, PrintStream err) {
        String user = System.getProperty("user.name", "you");
        Locale locale = Locale.getDefault();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            boolean hasValue = i + 1 < options.size();
            if (option.equals("--user") && hasValue) {
                user = options.get(++i);
                if (ConsoleChat.tooLong(user)) {
                    err.println("mentoring-bot: --user NAME can be at most " + CommandParser.MAX_NAME_LENGTH + " characters");
                    return 2;
                }
            } else if (option.equals("--lang") && hasValue) {
                String tag = options.get(++i);
                locale = Locale.forLanguageTag(tag);
                if (!"en".equals(locale.getLanguage()) && "en".equals(Messages.in(locale).locale().getLanguage())) {
                    err.println("mentoring-bot: there is no wording in '" + tag + "' yet, so the console answers in English "
                            + "(languages: " + languages() + ")");
                }
            } else {
                err.println("mentoring-bot: unknown console option '" + option + "'\n" + USAGE);
                return 2;
            }
        }
        try (Database database = Database.open(settings.databaseUrl())) {
            ConsolePlatform platform = new ConsolePlatform(out, locale);
            CommandDispatcher dispatcher = new CommandDispatcher(useCases(database, platform, Clock.systemUTC(), settings),
                    new ChatPorts(platform, platform, platform, platform, Runnable::run));
            new ConsoleChat(dispatcher, locale, platform).run(user, in, out);
            return 0;
        } catch (java.io.IOException e) {
            err.println("mentoring-bot: console input failed: " + e.getMessage());
            return 1;
        }
    }

    private static String languages() {
        List<String> tags = new ArrayList<>(List.of("en"));
        Messages.TRANSLATIONS.forEach(translation -> tags.add(translation.toLanguageTag()));
        return String.join(", ", tags);
    }

    /** Starts serving; the caller closes what it gets back. */
    public static Running serve(Settings settings, Clock clock) {
        if (!settings.slackConfigured()) {
            throw new SettingsException("serve needs Slack credentials: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET "
                    + "(or SLACK_APP_TOKEN for Socket Mode); README.md says where to find them");
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Database database = Database.open(settings.databaseUrl());
            opened.add(database);
            HttpServer.Builder http = HttpServer.builder();

            SlackAdapter slack = new SlackAdapter(new SlackAdapter.Credentials(settings.slackBotToken().orElseThrow(),
                    settings.slackSigningSecret().orElse(null), settings.slackApiUrl().toString()),
                    settings.groupSpace() == Settings.GroupSpace.GROUP_DM ? SlackAdapter.GroupSpaceKind.GROUP_DM
                            : SlackAdapter.GroupSpaceKind.PRIVATE_CHANNEL, clock);
            opened.add(0, slack);
            verifyBotToken(slack);
            http.health("slack", slack::tokenStatus);
            OutboxDelivery delivery = new OutboxDelivery(database.outbox(), database.transactions(), slack.sender(),
                    new SendPacer(clock), clock);
            delivery.start();
            opened.add(0, delivery); // closed before Slack and the database: the send in flight finishes first
            http.health("outbox", () -> outboxHealth(delivery.backlog()));
            NoticeOutbox outbox = new NoticeOutbox(database.outbox(), database.transactions(), clock);
            ChatSender viaOutbox = new OutboxSender(outbox, slack.sender());
            CommandDispatcher dispatcher = new CommandDispatcher(useCases(database, slack.people(), clock, settings),
                    new ChatPorts(slack.people(), viaOutbox, slack.spaces(), slack.files(), slack.followUps()));
            slack.attach(dispatcher);
            FollowUpEvaluation evaluationFollowUps = new FollowUpEvaluation(database.programs(), database.rounds(),
                    database.memberships(), database.reflections(), slack.people(), new ReminderNotices(outbox), settings.reminders(),
                    settings.evaluationWindow(), database.transactions(), clock);
            ReminderScheduler reminders = new ReminderScheduler(sessionReminders(database, slack.people(), outbox, settings, clock),
                    clock, Duration.ofMinutes(1), List.of(dispatcher::finishDueEvaluations, evaluationFollowUps::followUpDue));
            reminders.start();
            opened.add(0, reminders);
            http.health("reminders", () -> schedulerHealth(reminders.status()));
            if (settings.slackSigningSecret().isPresent()) {
                http.endpoint("/slack/events", slack.servlet()).platform("slack", "http");
            }
            if (settings.slackAppToken().isPresent()) {
                startSocketMode(slack, settings.slackAppToken().get());
                http.platform("slack-socket-mode", "connected");
            }
            HttpServer server = startHttp(http, settings, database);
            opened.add(0, server);
            LOG.info("serving on port {}", server.port());
            return new Running(server, opened);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        } catch (Exception e) {
            closeAll(opened);
            throw new IllegalStateException("could not start: " + e.getMessage(), e);
        }
    }

    /** A token Slack refuses stops start-up; a Slack that can't be reached only makes /health say "unverified". */
    private static void verifyBotToken(SlackAdapter slack) {
        SlackAdapter.TokenCheck check = slack.checkToken();
        if (check instanceof SlackAdapter.TokenCheck.Refused refused) {
            throw new SettingsException("SLACK_BOT_TOKEN was refused by Slack (" + refused.error() + "): use the Bot User "
                    + "OAuth Token (xoxb-...) from your app's OAuth & Permissions page, and reinstall the app if it was revoked");
        } else if (check instanceof SlackAdapter.TokenCheck.Unreachable unreachable) {
            LOG.warn("could not ask Slack whether SLACK_BOT_TOKEN works ({}): starting anyway, and /health shows slack as "
                    + "unverified until Slack answers", unreachable.reason());
        }
    }

    /** Socket Mode is the only way in without a public URL: it must connect now, or start-up stops with one line. */
    private static void startSocketMode(SlackAdapter slack, String appToken) {
        SlackAdapter.TokenCheck check = slack.checkAppToken(appToken);
        if (check instanceof SlackAdapter.TokenCheck.Refused refused) {
            throw new SettingsException("SLACK_APP_TOKEN was refused by Slack (" + refused.error() + "): generate an "
                    + "app-level token with the connections:write scope under Basic Information, App-Level Tokens");
        } else if (check instanceof SlackAdapter.TokenCheck.Unreachable unreachable) {
            throw new SettingsException("cannot connect to Slack over Socket Mode (" + unreachable.reason()
                    + "): check the network, and slack.api.url / SLACK_API_URL");
        }
        try {
            slack.startSocketMode(appToken);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new SettingsException("cannot connect to Slack over Socket Mode: " + message);
        }
    }

    static SendSessionReminders sessionReminders(Database database, People people, NoticeOutbox outbox, Settings settings,
            Clock clock) {
        return new SendSessionReminders(database.programs(), database.rounds(), database.sessions(), database.groups(),
                database.memberships(), database.topics(), database.reflections(), people, new ReminderNotices(outbox),
                settings.reminders(), database.transactions(), clock);
    }

    private static Map<String, Object> schedulerHealth(ReminderScheduler.Status status) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("running", status.running());
        health.put("pending", status.pending());
        health.put("lastSync", status.lastSync() == null ? null : status.lastSync().toString());
        return health;
    }

    private static Map<String, Long> outboxHealth(OutboxDelivery.Backlog backlog) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("pending", backlog.pending());
        counts.put("failed", backlog.failed());
        return counts;
    }

    private static HttpServer startHttp(HttpServer.Builder http, Settings settings, Database database) {
        String host = settings.httpHost();
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new SettingsException("mentoring.http.host (MENTORING_HTTP_HOST) is not an address to listen on: '" + host
                    + "' (0.0.0.0 means every interface)");
        }
        try {
            return http.start(host, settings.httpPort(), database::isReachable);
        } catch (Exception e) {
            // A port in use is the port's fault; an address this machine does not have is the host's.
            boolean portTaken = String.valueOf(rootMessage(e)).contains("in use");
            String named = portTaken ? "mentoring.http.port / MENTORING_HTTP_PORT"
                    : "mentoring.http.host / MENTORING_HTTP_HOST and mentoring.http.port / MENTORING_HTTP_PORT";
            throw new SettingsException("cannot listen on " + host + ":" + settings.httpPort() + " (" + named + "): "
                    + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null ? "no reason given" : message.lines().findFirst().orElse("no reason given");
    }

    /** Every use case on this database, as the running bot has them. */
    public static UseCases useCases(Database database, People people, Clock clock, Settings settings) {
        return UseCases.wire(database, people, clock, PrivacyThreshold.of(settings.privacyMinRespondents()), settings.evaluationWindow());
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (AutoCloseable closeable : opened) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** A serving bot: its HTTP port, and everything to close in order when it stops. */
    public static final class Running implements AutoCloseable {
        private final HttpServer server;
        private final List<AutoCloseable> opened;

        Running(HttpServer server, List<AutoCloseable> opened) {
            this.server = server;
            this.opened = opened;
        }

        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            closeAll(opened);
        }
    }
}
