package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leader;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;

/**
 * A leader saves groups as they decided them (from the proposal, edited or not). Everything is
 * checked first and nothing is saved unless all of it is right: only enrolled members without a
 * group, each in one group only, each group with one of the program's leaders.
 */
public final class FormGroups {
    /** What happened. */
    public sealed interface Result {}

    /** A group as the leader wants it: user ids, in the order given. */
    public record Draft(String leaderUserId, List<String> memberUserIds) {}

    public record FormedGroup(MentoringGroup group, List<Person> members) {}

    public record Formed(Round round, List<FormedGroup> groups) implements Result {}

    /**
     * Something to fix before anything is saved.
     *
     * @param draftIndex which draft (from 0) the problem is in, or -1 for the whole form
     * @param key message key; {@code args} its values (names, group numbers)
     */
    public record Problem(int draftIndex, String key, List<Object> args) {}

    public record Invalid(List<Problem> problems) implements Result {}

    public record NotLeader() implements Result {}

    public record NoOpenRound() implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final People people;
    private final Transactions transactions;
    private final Clock clock;

    public FormGroups(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, People people,
            Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result form(Actor actor, List<Draft> drafts) {
        String workspace = actor.person().workspace();
        Result result = transactions.inTransaction(() -> formChecked(actor, drafts));
        if (result instanceof Invalid invalid) {
            return new Invalid(explainStrangers(workspace, invalid.problems()));
        }
        return result;
    }

    private Result formChecked(Actor actor, List<Draft> drafts) {
        var current = Current.in(actor.person().workspace(), programs, rounds);
        if (current.isEmpty()) {
            return new NoProgram();
        }
        Program program = current.get().program();
        if (!new Roles(leaders).mayLead(program, actor)) {
            return new NotLeader();
        }
        var open = current.get().openRound();
        if (open.isEmpty()) {
            return new NoOpenRound();
        }
        Round round = open.get();
        Map<String, Membership> members = new HashMap<>();
        memberships.inRound(round.id(), MembershipStatus.ENROLLED).forEach(m -> members.put(m.userId(), m));
        Map<String, Membership> waiting = new HashMap<>();
        memberships.inRound(round.id(), MembershipStatus.WAITING).forEach(m -> waiting.put(m.userId(), m));
        Map<String, Integer> seatedIn = new HashMap<>();
        var existing = groups.ofRound(round.id());
        for (GroupSeat seat : groups.seatsOfRound(round.id())) {
            existing.stream().filter(g -> g.id() == seat.groupId()).findFirst().ifPresent(g -> seatedIn.put(seat.userId(), g.number()));
        }

        List<Problem> problems = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean anyone = false;
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.memberUserIds().isEmpty()) {
                continue;
            }
            anyone = true;
            if (draft.leaderUserId() == null) {
                problems.add(new Problem(i, "groups.problem.no.leader", List.of()));
            } else if (leaders.find(program.id(), draft.leaderUserId()).isEmpty()) {
                problems.add(new Problem(i, "groups.problem.not.a.leader", List.of(draft.leaderUserId())));
            }
            for (String userId : draft.memberUserIds()) {
                if (!placed.add(userId)) {
                    problems.add(new Problem(i, "groups.problem.twice", List.of(nameOf(userId, members))));
                } else if (seatedIn.containsKey(userId)) {
                    problems.add(new Problem(i, "groups.problem.already.seated", List.of(nameOf(userId, members), seatedIn.get(userId))));
                } else if (waiting.containsKey(userId)) {
                    problems.add(new Problem(i, "groups.problem.waiting", List.of(waiting.get(userId).displayName())));
                } else if (!members.containsKey(userId)) {
                    problems.add(new Problem(i, "groups.problem.not.joined", List.of(userId)));
                }
            }
        }
        if (!anyone) {
            problems.add(new Problem(-1, "groups.problem.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }

        List<FormedGroup> formed = new ArrayList<>();
        int number = existing.size();
        for (Draft draft : drafts) {
            if (draft.memberUserIds().isEmpty()) {
                continue;
            }
            Leader leader = leaders.find(program.id(), draft.leaderUserId()).orElseThrow();
            MentoringGroup group = groups.add(new MentoringGroup(round.id(), ++number, leader.userId(), leader.displayName(), clock.instant()));
            List<Person> seated = new ArrayList<>();
            for (String userId : draft.memberUserIds()) {
                Membership member = members.get(userId);
                groups.seat(new GroupSeat(group.id(), round.id(), userId, member.displayName()));
                seated.add(member.person(program.workspace()));
            }
            formed.add(new FormedGroup(group, seated));
        }
        round.start();
        return new Formed(round, formed);
    }

    private static String nameOf(String userId, Map<String, Membership> members) {
        Membership m = members.get(userId);
        return m == null ? userId : m.displayName();
    }

    /** People who never joined get a precise reason: a bot, deactivated, or not in this workspace. */
    private List<Problem> explainStrangers(String workspace, List<Problem> problems) {
        List<Problem> explained = new ArrayList<>();
        for (Problem problem : problems) {
            String key = problem.key();
            if (key.equals("groups.problem.not.a.leader") || key.equals("groups.problem.not.joined")) {
                String userId = (String) problem.args().get(0);
                var profile = people.byId(workspace, userId);
                String name = profile.map(p -> p.person().displayName()).orElse(userId);
                if (profile.isEmpty()) {
                    key = "groups.problem.stranger";
                } else if (profile.get().bot()) {
                    key = "groups.problem.bot";
                } else if (profile.get().deactivated()) {
                    key = "groups.problem.deactivated";
                }
                explained.add(new Problem(problem.draftIndex(), key, List.of(name)));
            } else {
                explained.add(problem);
            }
        }
        return explained;
    }
}
