package org.mentoringbot.usecase;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;

/**
 * Who may act on which group's sessions: the group's own leader, or the program's owner. Finds the
 * round, group or session asked for and throws {@link Refused} with the reason when it can't.
 * Other workspaces' sessions are reported as not existing, never as someone else's.
 */
final class SessionAccess {
    /** The program and its round the actor acts in, and whether the actor owns the program. */
    record Ground(Program program, Round round, boolean owner) {}

    /** A session and its group. */
    record Led(MentoringSession session, MentoringGroup group) {}

    /** Rounds whose groups meet, so sessions can be planned, moved and cancelled. */
    static final Predicate<RoundState> MEETING = RoundState::acceptsMembers;
    /** Rounds whose sessions can still be looked at and marked: also while being evaluated. */
    static final Predicate<RoundState> NOT_CLOSED = state -> state != RoundState.CLOSED;

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Groups groups;
    private final Sessions sessions;

    SessionAccess(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.groups = groups;
        this.sessions = sessions;
    }

    Ground ground(Actor actor, Predicate<RoundState> allowed) {
        Current current = Current.in(actor.person().workspace(), programs, rounds)
                .orElseThrow(() -> new Refused(new SessionProblem.NoProgram()));
        Round round = current.round().filter(r -> allowed.test(r.state()))
                .orElseThrow(() -> new Refused(new SessionProblem.NoRoundUnderWay()));
        return new Ground(current.program(), round, new Roles(leaders).isOwner(current.program(), actor));
    }

    /** The groups of the round this actor leads themselves. */
    List<MentoringGroup> ledBy(Actor actor, Ground ground) {
        return groups.ofRound(ground.round().id()).stream().filter(g -> leads(actor, g)).toList();
    }

    /** The groups the actor may plan for when they did not say which: their own, or every group for an owner who leads none. */
    List<MentoringGroup> candidates(Actor actor, Ground ground) {
        List<MentoringGroup> led = ledBy(actor, ground);
        if (!led.isEmpty() || !ground.owner()) {
            return led;
        }
        return groups.ofRound(ground.round().id());
    }

    MentoringGroup groupToLead(Actor actor, Ground ground, GroupChoice choice) {
        MentoringGroup group;
        if (choice.groupId() != null) {
            group = groups.byId(choice.groupId()).filter(g -> inProgram(g, ground.program()))
                    .orElseThrow(() -> new Refused(new SessionProblem.AnotherRound()));
            if (group.roundId() != ground.round().id()) {
                throw new Refused(new SessionProblem.AnotherRound());
            }
        } else if (choice.groupNumber() != null) {
            group = groups.ofRound(ground.round().id()).stream().filter(g -> g.number() == choice.groupNumber()).findFirst()
                    .orElseThrow(() -> new Refused(mayLeadAny(actor, ground)
                            ? new SessionProblem.NoSuchGroup(choice.groupNumber()) : new SessionProblem.NotLeader()));
        } else {
            List<MentoringGroup> candidates = candidates(actor, ground);
            if (candidates.isEmpty()) {
                throw new Refused(ground.owner() ? new SessionProblem.NoGroupsYet() : new SessionProblem.NotLeader());
            }
            if (candidates.size() > 1) {
                throw new Refused(new SessionProblem.ChooseGroup(candidates.stream().map(MentoringGroup::number).toList()));
            }
            group = candidates.get(0);
        }
        checkMayLead(actor, ground, group);
        return group;
    }

    Led sessionToLead(Actor actor, Ground ground, long sessionId) {
        MentoringSession session = sessions.byId(sessionId)
                .orElseThrow(() -> new Refused(new SessionProblem.NoSuchSession(sessionId)));
        MentoringGroup group = groups.byId(session.groupId()).filter(g -> inProgram(g, ground.program()))
                .orElseThrow(() -> new Refused(new SessionProblem.NoSuchSession(sessionId)));
        if (group.roundId() != ground.round().id()) {
            throw new Refused(new SessionProblem.AnotherRound());
        }
        checkMayLead(actor, ground, group);
        return new Led(session, group);
    }

    static boolean leads(Actor actor, MentoringGroup group) {
        return group.leaderUserId().equals(actor.person().userId());
    }

    /** The group's members as people of the workspace, in the order they were seated. */
    List<Person> members(MentoringGroup group, String workspace) {
        return seats(group).stream().map(s -> new Person(workspace, s.userId(), s.displayName())).toList();
    }

    List<GroupSeat> seats(MentoringGroup group) {
        return groups.seatsOfRound(group.roundId()).stream().filter(s -> s.groupId() == group.id()).toList();
    }

    Optional<MentoringGroup> seatedIn(Actor actor, Ground ground) {
        return groups.seatOf(ground.round().id(), actor.person().userId()).flatMap(seat -> groups.byId(seat.groupId()));
    }

    private void checkMayLead(Actor actor, Ground ground, MentoringGroup group) {
        if (ground.owner() || leads(actor, group)) {
            return;
        }
        throw new Refused(ledBy(actor, ground).isEmpty() ? new SessionProblem.NotLeader()
                : new SessionProblem.NotTheirGroup(group.number()));
    }

    private boolean mayLeadAny(Actor actor, Ground ground) {
        return ground.owner() || !ledBy(actor, ground).isEmpty();
    }

    private boolean inProgram(MentoringGroup group, Program program) {
        return rounds.ofProgram(program.id()).stream().anyMatch(r -> r.id() == group.roundId());
    }
}
