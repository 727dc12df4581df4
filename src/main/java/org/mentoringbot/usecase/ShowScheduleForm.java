package org.mentoringbot.usecase;

import java.util.List;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * What the form for planning a session offers: the groups the actor may plan for, and for the
 * groups they lead themselves the open topics of the board to put on the agenda. An owner who does
 * not lead a group plans its sessions without seeing its topics: topics are the group's own.
 */
public final class ShowScheduleForm {
    /** What happened. */
    public sealed interface Result permits Form, SessionProblem {}

    /** A group in the form; {@code openTopics} is empty for groups the actor does not lead. */
    public record FormGroup(MentoringGroup group, List<Topic> openTopics) {
        public FormGroup {
            openTopics = List.copyOf(openTopics);
        }
    }

    public record Form(List<FormGroup> groups) implements Result {
        public Form {
            groups = List.copyOf(groups);
        }
    }

    private final SessionAccess access;
    private final Topics topics;
    private final Transactions transactions;

    public ShowScheduleForm(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions, Topics topics,
            Transactions transactions) {
        this.access = new SessionAccess(programs, rounds, leaders, groups, sessions);
        this.topics = topics;
        this.transactions = transactions;
    }

    /** The form for the group chosen, or for every group the actor may plan for when none is. */
    public Result form(Actor actor, GroupChoice choice) {
        return transactions.inTransaction(() -> {
            try {
                var ground = access.ground(actor, SessionAccess.MEETING);
                List<MentoringGroup> offered;
                if (choice.groupId() == null && choice.groupNumber() == null) {
                    offered = access.candidates(actor, ground);
                    if (offered.isEmpty()) {
                        return ground.owner() ? new SessionProblem.NoGroupsYet() : new SessionProblem.NotLeader();
                    }
                } else {
                    offered = List.of(access.groupToLead(actor, ground, choice));
                }
                return new Form(offered.stream().map(g -> new FormGroup(g, SessionAccess.leads(actor, g)
                        ? topics.ofGroup(g.id()).stream().filter(t -> t.status() == Topic.Status.OPEN).toList()
                        : List.of())).toList());
            } catch (Refused refused) {
                return refused.problem();
            }
        });
    }
}
