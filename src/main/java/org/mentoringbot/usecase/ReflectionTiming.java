package org.mentoringbot.usecase;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection.Kind;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/**
 * Decides which reflection a member may give now. Asked for "the one due now": during evaluation the end of the
 * round; otherwise the latest ended session of their group they have not reflected on (the latest one when they
 * have answered them all), and the baseline before their group's first session has ended.
 * Runs inside the caller's transaction.
 */
final class ReflectionTiming {
    /** What was decided. */
    sealed interface Decision permits Due, Refused {}

    /**
     * @param groupId the member's group for the record: the session's group, or their seat (null before groups)
     * @param session the session reflected on, or null
     */
    record Due(Round round, Long groupId, ReflectionOccasion occasion, MentoringSession session) implements Decision {}

    record Refused(ReflectionProblem problem) implements Decision {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Groups groups;
    private final Sessions sessions;
    private final Reflections reflections;

    ReflectionTiming(Programs programs, Rounds rounds, Memberships memberships, Groups groups, Sessions sessions,
            Reflections reflections) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.groups = groups;
        this.sessions = sessions;
        this.reflections = reflections;
    }

    Decision decide(Person person, ReflectionOccasion requested, Instant now) {
        var current = Current.in(person.workspace(), programs, rounds);
        if (current.isEmpty()) {
            return new Refused(ReflectionProblem.NO_PROGRAM);
        }
        Optional<Round> latest = current.get().round();
        if (latest.isEmpty()) {
            return new Refused(ReflectionProblem.NOT_IN_ROUND);
        }
        Round round = latest.get();
        Optional<Membership> membership = memberships.find(round.id(), person.userId())
                .filter(m -> m.status() == MembershipStatus.ENROLLED);
        if (membership.isEmpty()) {
            return new Refused(round.state() == RoundState.CLOSED ? ReflectionProblem.ROUND_OVER : ReflectionProblem.NOT_IN_ROUND);
        }
        if (round.state() == RoundState.CLOSED) {
            return new Refused(ReflectionProblem.ROUND_OVER);
        }
        Long groupId = groups.seatOf(round.id(), person.userId()).map(GroupSeat::groupId).orElse(null);
        if (requested.dueNow()) {
            return dueNow(round, groupId, person.userId(), now);
        }
        return switch (requested.kind()) {
            case BASELINE -> round.state() == RoundState.EVALUATING
                    ? new Refused(ReflectionProblem.BASELINE_PASSED)
                    : new Due(round, groupId, requested, null);
            case END_OF_ROUND -> round.state() != RoundState.EVALUATING
                    ? new Refused(ReflectionProblem.END_NOT_YET)
                    : new Due(round, groupId, requested, null);
            case SESSION -> session(round, groupId, requested.sessionId(), now);
        };
    }

    private Decision dueNow(Round round, Long groupId, String userId, Instant now) {
        if (round.state() == RoundState.EVALUATING) {
            return new Due(round, groupId, ReflectionOccasion.END_OF_ROUND, null);
        }
        List<MentoringSession> ended = endedSessions(groupId, now);
        if (ended.isEmpty()) {
            return new Due(round, groupId, ReflectionOccasion.BASELINE, null);
        }
        MentoringSession chosen = ended.stream()
                .filter(s -> reflections.find(round.id(), userId, Kind.SESSION, s.id()).isEmpty())
                .reduce((earlier, later) -> later)
                .orElse(ended.get(ended.size() - 1));
        return new Due(round, chosen.groupId(), ReflectionOccasion.session(chosen.id()), chosen);
    }

    private Decision session(Round round, Long groupId, long sessionId, Instant now) {
        Optional<MentoringSession> session = sessions.byId(sessionId)
                .filter(s -> s.roundId() == round.id() && !s.isCancelled() && groupId != null && s.groupId() == groupId);
        if (session.isEmpty()) {
            return new Refused(ReflectionProblem.NO_SUCH_SESSION);
        }
        if (session.get().endsAt().isAfter(now)) {
            return new Refused(ReflectionProblem.SESSION_NOT_OVER);
        }
        return new Due(round, session.get().groupId(), ReflectionOccasion.session(sessionId), session.get());
    }

    /** The group's sessions that stood and have ended, earliest first. */
    private List<MentoringSession> endedSessions(Long groupId, Instant now) {
        if (groupId == null) {
            return List.of();
        }
        return sessions.ofGroup(groupId).stream()
                .filter(s -> !s.isCancelled() && !s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(MentoringSession::endsAt).thenComparing(MentoringSession::id))
                .toList();
    }
}
