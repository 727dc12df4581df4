package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * A group's leader (or the program's owner) plans a session: a date and start time in their own
 * time zone, a length, a place or meeting link, and open topics of the group's board for the
 * agenda. The session is stored as UTC instants; everything is checked before anything is stored.
 */
public final class ScheduleSession {
    /** How long a session lasts when the leader does not say. */
    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(60);

    /** What happened. */
    public sealed interface Result permits Scheduled, SessionProblem {}

    /**
     * A session as the leader asked for it.
     *
     * @param offset a UTC offset that fixes the instant (from a button that answered "which 02:30?"), else null
     * @param zone the leader's time zone, in which date and time are read
     * @param length null for {@link #DEFAULT_LENGTH}
     * @param place a room or meeting link, or null
     * @param agenda ids of open topics of the group to put on the agenda
     */
    public record Request(GroupChoice group, LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone, Duration length,
            String place, List<Long> agenda) {
        public Request {
            Objects.requireNonNull(group, "group");
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
        }
    }

    /**
     * The session is stored.
     *
     * @param members the group's members, to tell
     * @param at when it was planned (the calendar file's time stamp)
     */
    public record Scheduled(MentoringSession session, MentoringGroup group, List<Topic> agenda, List<Person> members, Instant at)
            implements Result {
        public Scheduled {
            agenda = List.copyOf(agenda);
            members = List.copyOf(members);
        }
    }

    private final SessionAccess access;
    private final Groups groups;
    private final Sessions sessions;
    private final Topics topics;
    private final Transactions transactions;
    private final Clock clock;

    public ScheduleSession(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions, Topics topics,
            Transactions transactions, Clock clock) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.groups = groups;
        this.sessions = sessions;
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result schedule(Actor actor, Request request) {
        return transactions.inTransaction(() -> {
            try {
                return scheduleChecked(actor, request);
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }

    private Result scheduleChecked(Actor actor, Request request) {
        Instant now = clock.instant();
        var ground = access.ground(actor, SessionAccess.MEETING);
        MentoringGroup group = access.groupToLead(actor, ground, request.group());
        Duration length = request.length() == null ? DEFAULT_LENGTH : request.length();
        SessionSlot.checkLength(length);
        String place = SessionSlot.place(request.place());
        Instant start = SessionSlot.start(group,
                new SessionSlot.Wanted(request.date(), request.time(), request.offset(), request.zone()), now);
        Instant end = start.plus(length);
        List<MentoringGroup> leadersGroups = groups.ofRound(ground.round().id()).stream()
                .filter(g -> g.leaderUserId().equals(group.leaderUserId())).toList();
        List<MentoringSession> theirSessions = new ArrayList<>();
        leadersGroups.forEach(g -> theirSessions.addAll(sessions.ofGroup(g.id())));
        SessionSlot.checkFree(leadersGroups, group, theirSessions, start, end, null);
        List<Topic> agenda = agenda(actor, group, request.agenda());

        MentoringSession session = sessions.add(new MentoringSession(group.id(), ground.round().id(), start, end, place, now));
        agenda.forEach(topic -> topic.putOnAgendaOf(session.id()));
        return new Scheduled(session, group, agenda, access.members(group, actor.person().workspace()), now);
    }

    /** The topics asked for, each an open topic of this group that the actor may see. */
    private List<Topic> agenda(Actor actor, MentoringGroup group, List<Long> topicIds) {
        List<Topic> agenda = new ArrayList<>();
        List<Long> notOpen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(topicIds)) {
            Optional<Topic> topic = topics.byId(id).filter(t -> t.groupId() == group.id() && t.status() == Topic.Status.OPEN
                    && SessionAccess.leads(actor, group));
            if (topic.isPresent()) {
                agenda.add(topic.get());
            } else {
                notOpen.add(id);
            }
        }
        if (!notOpen.isEmpty()) {
            throw new Refused(new SessionProblem.AgendaNotOpen(notOpen));
        }
        return agenda;
    }
}
