package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.reminder.ReminderKind;
import org.mentoringbot.core.reminder.ReminderPolicy;
import org.mentoringbot.core.reminder.ReminderRules;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the reminders of sessions and, when one is due, queues it for everyone it concerns. The
 * sessions table is the source of truth: plans are always recomputed from it, and a reminder for a
 * session that moved or was cancelled is simply never due. Whether and when each person hears it
 * is decided by {@link ReminderRules} (quiet hours in their zone, pause, mute, usefulness).
 */
public final class SendSessionReminders implements ReminderPlans {
    private static final Logger LOG = LoggerFactory.getLogger(SendSessionReminders.class);

    /**
     * One reminder of one session, for everyone it concerns.
     *
     * @param sequence the session's calendar sequence when planned: a change makes the plan stale
     */
    public record Planned(long sessionId, int sequence, ReminderKind kind, Instant plannedAt) {
        /** A stable name for the plan, e.g. for a scheduler's trigger. */
        public String name() {
            return sessionId + ":" + sequence + ":" + kind + ":" + plannedAt.toEpochMilli();
        }
    }

    private final Programs programs;
    private final Rounds rounds;
    private final Sessions sessions;
    private final Groups groups;
    private final Memberships memberships;
    private final Topics topics;
    private final Reflections reflections;
    private final People people;
    private final ReminderOutbox outbox;
    private final ReminderPolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public SendSessionReminders(Programs programs, Rounds rounds, Sessions sessions, Groups groups, Memberships memberships,
            Topics topics, Reflections reflections, People people, ReminderOutbox outbox, ReminderPolicy policy,
            Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.sessions = sessions;
        this.groups = groups;
        this.memberships = memberships;
        this.topics = topics;
        this.reflections = reflections;
        this.people = people;
        this.outbox = outbox;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every reminder of sessions that can still need one: starting from a week ago to 90 days ahead. */
    @Override
    public List<Planned> plan() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> sessions.startingBetween(now.minus(policy.reflectWindow()), now.plus(Duration.ofDays(90)))
                .stream().flatMap(s -> planFor(s).stream()).toList());
    }

    /** The reminders of one session, whether or not their moment has passed. */
    public List<Planned> planFor(MentoringSession session) {
        List<Planned> planned = new ArrayList<>();
        if (session.isCancelled()) {
            return planned;
        }
        for (var before : policy.before()) {
            Instant at = session.startsAt().minus(before);
            planned.add(new Planned(session.id(), session.sequence(), ReminderKind.BEFORE_SESSION, at));
            planned.add(new Planned(session.id(), session.sequence(), ReminderKind.LEADER_PREPARATION, at));
        }
        Instant invitation = session.endsAt().plus(policy.reflectAfter());
        planned.add(new Planned(session.id(), session.sequence(), ReminderKind.REFLECT_INVITATION, invitation));
        planned.add(new Planned(session.id(), session.sequence(), ReminderKind.REFLECT_FOLLOW_UP, invitation.plus(policy.followUpAfter())));
        planned.sort(Comparator.comparing(Planned::plannedAt));
        return planned;
    }

    /**
     * Queues a due reminder for each person it concerns, as the rules decide.
     *
     * @return how many were queued now (0 for a stale plan or when all were dropped or queued before)
     */
    @Override
    public int fire(Planned planned) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<MentoringSession> found = sessions.byId(planned.sessionId());
            if (found.isEmpty() || found.get().isCancelled() || found.get().sequence() != planned.sequence()) {
                return 0; // moved or cancelled since planned: the new plan has its own reminders
            }
            MentoringSession session = found.get();
            if (supersededByALaterOne(planned, session, now)) {
                return 0; // after downtime only the latest due reminder of a kind goes out, never a burst
            }
            Optional<MentoringGroup> group = groups.byId(session.groupId());
            String workspace = rounds.byId(session.roundId()).flatMap(r -> programs.byId(r.programId()))
                    .map(p -> p.workspace()).orElse(null);
            if (group.isEmpty() || workspace == null) {
                return 0;
            }
            List<GroupSeat> seats = groups.seatsOfRound(session.roundId()).stream().filter(s -> s.groupId() == group.get().id()).toList();
            List<Person> recipients = recipients(planned.kind(), session, group.get(), seats, workspace);
            Instant usefulUntil = usefulUntil(planned.kind(), session);
            ReminderRules rules = new ReminderRules(policy.quietHours());
            int queued = 0;
            for (Person recipient : recipients) {
                var profile = people.byId(workspace, recipient.userId());
                var membership = memberships.find(session.roundId(), recipient.userId());
                var facts = new ReminderRules.Recipient(profile.map(People.Profile::zone).orElse(ZoneOffset.UTC),
                        membership.map(Membership::pausedUntil).orElse(null), membership.map(Membership::remindersMuted).orElse(false));
                var decision = rules.decide(planned.plannedAt(), usefulUntil, now, facts);
                if (decision instanceof ReminderRules.Send send) {
                    var note = new ReminderOutbox.Note(planned.kind(), session.id(), group.get().number(), session.startsAt(), session.endsAt(),
                            session.place(), send.late(), agendaFor(planned.kind(), session), apologiesFor(planned.kind(), session, seats),
                            facts.zone(), profile.map(People.Profile::locale).orElse(Locale.ENGLISH));
                    String key = "reminder:" + session.id() + ":" + session.sequence() + ":" + planned.kind() + ":"
                            + planned.plannedAt().toEpochMilli() + ":" + recipient.userId();
                    if (outbox.enqueue(key, recipient, note, send.at())) {
                        queued++;
                    }
                } else {
                    LOG.debug("reminder {} for {} not sent: {}", planned.name(), recipient.userId(), decision);
                }
            }
            return queued;
        });
    }

    /** True when a later reminder of the same kind is due too, so this earlier one would only be noise. */
    private boolean supersededByALaterOne(Planned planned, MentoringSession session, Instant now) {
        return planFor(session).stream().anyMatch(other -> sameFamily(other.kind(), planned.kind())
                && other.plannedAt().isAfter(planned.plannedAt()) && !other.plannedAt().isAfter(now));
    }

    private static boolean sameFamily(ReminderKind a, ReminderKind b) {
        boolean reflectA = a == ReminderKind.REFLECT_INVITATION || a == ReminderKind.REFLECT_FOLLOW_UP;
        boolean reflectB = b == ReminderKind.REFLECT_INVITATION || b == ReminderKind.REFLECT_FOLLOW_UP;
        return a == b || (reflectA && reflectB);
    }

    private List<Person> recipients(ReminderKind kind, MentoringSession session, MentoringGroup group, List<GroupSeat> seats,
            String workspace) {
        if (kind == ReminderKind.LEADER_PREPARATION) {
            return List.of(new Person(workspace, group.leaderUserId(), group.leaderName()));
        }
        List<Person> members = seats.stream().map(s -> new Person(workspace, s.userId(), s.displayName())).toList();
        if (kind == ReminderKind.REFLECT_FOLLOW_UP) {
            // One gentle follow-up, to everyone, and only while someone has not answered: nobody is singled out.
            Set<String> answered = reflections.ofRound(session.roundId()).stream()
                    .filter(r -> session.id().equals(r.sessionId())).map(Reflection::userId).collect(Collectors.toSet());
            return members.stream().allMatch(m -> answered.contains(m.userId())) ? List.of() : members;
        }
        return members;
    }

    private Instant usefulUntil(ReminderKind kind, MentoringSession session) {
        return switch (kind) {
            case BEFORE_SESSION, LEADER_PREPARATION -> session.startsAt();
            default -> session.endsAt().plus(policy.reflectWindow());
        };
    }

    private List<String> agendaFor(ReminderKind kind, MentoringSession session) {
        if (kind != ReminderKind.LEADER_PREPARATION) {
            return List.of();
        }
        return topics.ofGroup(session.groupId()).stream()
                .filter(t -> session.id().equals(t.sessionId()) && t.status() == Topic.Status.OPEN).map(Topic::text).toList();
    }

    private List<String> apologiesFor(ReminderKind kind, MentoringSession session, List<GroupSeat> seats) {
        if (kind != ReminderKind.LEADER_PREPARATION) {
            return List.of();
        }
        Set<String> away = sessions.attendanceOf(session.id()).stream().filter(a -> !a.present()).map(Attendance::userId)
                .collect(Collectors.toSet());
        return seats.stream().filter(s -> away.contains(s.userId())).map(GroupSeat::displayName).toList();
    }
}
