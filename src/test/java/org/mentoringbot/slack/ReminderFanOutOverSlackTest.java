package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.reminder.QuietHours;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.delivery.OutboxDelivery;
import org.mentoringbot.delivery.ReminderNotices;
import org.mentoringbot.delivery.SendPacer;
import org.mentoringbot.delivery.SendPacer.Limits;
import org.mentoringbot.delivery.SendPacer.Rate;
import org.mentoringbot.persistence.Database;
import org.mentoringbot.usecase.SendSessionReminders;
import org.mentoringbot.usecase.TestPeople;

/**
 * 500 members' reminders due at one instant, through the real outbox, pacer and SlackSender, against
 * a fake Slack that answers 429 with Retry-After beyond its workspace-wide budget.
 */
class ReminderFanOutOverSlackTest {
    static final String WORKSPACE = "slack:" + FakeSlack.TEAM;
    static final int GROUPS = 100;
    static final int MEMBERS_PER_GROUP = 5;
    /** The fake's budget: 40 posts a second in the workspace (Slack does not publish its own). */
    static final int FAKE_WORKSPACE_PER_SECOND = 40;

    @TempDir
    Path dir;
    FakeSlack slack;

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void fiveHundredRemindersDueAtOnceAreAllDeliveredOnceWithinWhatTheLimitsAllow() throws Exception {
        slack = new FakeSlack(1, FAKE_WORKSPACE_PER_SECOND);
        // Due now, so the outbox (on the real clock) sends at once; no quiet hours, whatever the hour the test runs.
        Instant due = Instant.now();
        Instant sessionsStart = due.plus(Duration.ofHours(24));
        ReminderPolicy policy = new ReminderPolicy(ReminderPolicy.DEFAULT.before(), ReminderPolicy.DEFAULT.reflectAfter(),
                ReminderPolicy.DEFAULT.followUpAfter(), ReminderPolicy.DEFAULT.reflectWindow(), QuietHours.NONE);
        Clock atDue = Clock.fixed(due, ZoneOffset.UTC);
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("mentoring.db"))) {
            List<MentoringSession> sessions = school(db, due, sessionsStart);
            var reminders = new SendSessionReminders(db.programs(), db.rounds(), db.sessions(), db.groups(), db.memberships(), db.topics(),
                    db.reflections(), TestPeople.everyoneExists(), new ReminderNotices(new NoticeOutbox(db.outbox(), db.transactions(), atDue)),
                    policy, db.transactions(), atDue);
            int queued = 0;
            for (MentoringSession session : sessions) {
                var planned = reminders.planFor(session).stream()
                        .filter(p -> p.kind() == ReminderKind.BEFORE_SESSION && p.plannedAt().equals(due)).findFirst().orElseThrow();
                queued += reminders.fire(planned);
            }
            assertEquals(GROUPS * MEMBERS_PER_GROUP, queued);

            // Our pacer thinks the workspace takes 50 a second; the fake takes 40: Retry-After makes up the difference.
            Limits limits = new Limits(List.of(Rate.perSecond(1, 1)), List.of(Rate.perSecond(50, 10)));
            long started = System.nanoTime();
            try (OutboxDelivery delivery = new OutboxDelivery(db.outbox(), db.transactions(), slackSender(),
                    new SendPacer(Clock.systemUTC(), Map.of("slack", limits)), Clock.systemUTC())) {
                delivery.start();
                long deadline = System.currentTimeMillis() + 60_000;
                while (delivery.backlog().pending() > 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double bound = (double) queued / FAKE_WORKSPACE_PER_SECOND;
            System.out.printf("reminder fan-out: %d reminders in %.1f s; the fake's limit allows it in %.1f s; %d answered 429%n",
                    queued, seconds, bound, slack.rateLimitedPosts());

            Map<String, Long> perMember = slack.posts().stream().collect(Collectors.groupingBy(FakeSlack.Post::channel, Collectors.counting()));
            assertEquals(GROUPS * MEMBERS_PER_GROUP, perMember.size(), "every member got their reminder");
            assertTrue(perMember.values().stream().allMatch(n -> n == 1), "nobody got it twice");
            assertTrue(seconds < bound * 3, "close to what the limits allow, not stalled: " + seconds + " s");
        }
    }

    private List<MentoringSession> school(Database db, Instant now, Instant start) {
        return db.transactions().inTransaction(() -> {
            Program program = db.programs().add(new Program(new Person(WORKSPACE, "U0ASE", "Åse"), "Lindeskolen", now));
            Round round = db.rounds().add(new Round(program.id(), 1, now));
            List<MentoringSession> sessions = new ArrayList<>();
            for (int g = 1; g <= GROUPS; g++) {
                MentoringGroup group = db.groups().add(new MentoringGroup(round.id(), g, "U0LEAD" + g, "Leader " + g, now));
                for (int m = 1; m <= MEMBERS_PER_GROUP; m++) {
                    String id = String.format("U0G%03dM%d", g, m);
                    db.memberships().add(new Membership(round.id(), new Person(WORKSPACE, id, id), MembershipStatus.ENROLLED, now));
                    db.groups().seat(new GroupSeat(group.id(), round.id(), id, id));
                }
                sessions.add(db.sessions().add(new MentoringSession(group.id(), round.id(), start, start.plus(Duration.ofHours(1)), null, now)));
            }
            return sessions;
        });
    }

    private SlackSender slackSender() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        var methods = Slack.getInstance(config).methods("xoxb-test-token");
        return new SlackSender(methods, "xoxb-test-token", new SlackUserDirectory(methods, "xoxb-test-token", Clock.systemUTC()));
    }
}
