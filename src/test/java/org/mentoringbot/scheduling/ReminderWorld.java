package org.mentoringbot.scheduling;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.delivery.NoticeOutbox;
import org.mentoringbot.delivery.ReminderNotices;
import org.mentoringbot.persistence.Database;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.SendSessionReminders;

/**
 * A school on a real SQLite file: one group with a leader and members, in Oslo unless told
 * otherwise, and a clock the test moves. Reminders go to the real outbox, read back with SQL.
 */
final class ReminderWorld implements AutoCloseable {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String WORKSPACE = "slack:T0LINDE";

    final Database db;
    final String url;
    /** The test's present; null for the real time (for tests where Quartz fires). */
    volatile Instant now = Instant.parse("2027-01-01T12:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            Instant fixed = now;
            return fixed == null ? Instant.now() : fixed;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    };
    long roundId;
    MentoringGroup group;
    final List<String> members = new ArrayList<>();
    ZoneId everyoneIn = OSLO;
    ZoneId leaderIn = OSLO;

    ReminderWorld(Path dir, int memberCount) {
        url = "jdbc:sqlite:" + dir.resolve("mentoring.db");
        db = Database.open(url);
        db.transactions().inTransaction(() -> {
            Program program = db.programs().add(new Program(new Person(WORKSPACE, "U0ASE", "Åse"), "Lindeskolen", now));
            Round round = db.rounds().add(new Round(program.id(), 1, now));
            roundId = round.id();
            group = db.groups().add(new MentoringGroup(roundId, 1, "U0LEADER", "Liv Leder", now));
            for (int i = 1; i <= memberCount; i++) {
                String id = String.format("U0M%03d", i);
                members.add(id);
                db.memberships().add(new Membership(roundId, new Person(WORKSPACE, id, "Member " + i), MembershipStatus.ENROLLED, now));
                db.groups().seat(new GroupSeat(group.id(), roundId, id, "Member " + i));
            }
            return null;
        });
    }

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    MentoringSession session(Instant start, Duration length, String place) {
        return db.transactions().inTransaction(() -> db.sessions().add(new MentoringSession(group.id(), roundId, start, start.plus(length), place, clock.instant())));
    }

    People people() {
        return new People() {
            @Override
            public Optional<Profile> byId(String workspace, String userId) {
                ZoneId zone = userId.equals("U0LEADER") ? leaderIn : everyoneIn;
                return Optional.of(new Profile(new Person(workspace, userId, userId), false, false, zone, Locale.ENGLISH));
            }

            @Override
            public Optional<Profile> byHandle(String workspace, String handle) {
                return Optional.empty();
            }
        };
    }

    SendSessionReminders reminders(ReminderPolicy policy) {
        return new SendSessionReminders(db.programs(), db.rounds(), db.sessions(), db.groups(), db.memberships(), db.topics(),
                db.reflections(), people(), new ReminderNotices(new NoticeOutbox(db.outbox(), db.transactions(), clock)), policy,
                db.transactions(), clock);
    }

    void onMembership(String userId, java.util.function.Consumer<Membership> change) {
        db.transactions().inTransaction(() -> {
            change.accept(db.memberships().find(roundId, userId).orElseThrow());
            return null;
        });
    }

    /** Outbox rows as (conversation, due instant, message JSON), in key order. */
    List<Row> outbox() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection(url);
                var rs = c.createStatement().executeQuery("SELECT conversation, due_at, message, idempotency_key FROM outbox ORDER BY idempotency_key")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    record Row(String to, Instant due, String message, String key) {}

    @Override
    public void close() {
        db.close();
    }
}
