package org.mentoringbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.group.ProposalProblem;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.ProposeGroups;
import org.mentoringbot.usecase.SeatMember;

/** Leaders form groups: the bot proposes, the leader accepts or edits, and the groups are saved. */
final class GroupCommands {
    static final Action ACCEPT = new Action("groups.accept", "action.groups.accept", true);
    static final Action EDIT = new Action("groups.edit", "action.groups.edit", false);

    private final UseCases useCases;
    private final Notifications notifications;

    GroupCommands(UseCases useCases, Notifications notifications) {
        this.useCases = useCases;
        this.notifications = notifications;
    }

    /** The editor, filled with the proposal; platforms without forms show the proposal instead. */
    Reply edit(Requester requester) {
        var result = useCases.proposeGroups().propose(requester.actor());
        if (!(result instanceof ProposeGroups.Proposed proposed) || proposed.problems().contains(ProposalProblem.NO_LEADERS)) {
            return answer(result);
        }
        Map<String, String> leaderNames = new LinkedHashMap<>();
        useCases.showLeaders().leaders(requester.person().workspace()).forEach(l -> leaderNames.put(l.userId(), l.displayName()));
        List<Reply.EditableGroup> groups = proposed.groups().stream()
                .map(d -> new Reply.EditableGroup(d.number(), d.leader() == null ? null : d.leader().userId(),
                        d.members().stream().map(Person::userId).toList()))
                .toList();
        return new Reply.GroupEditor(groups, leaderNames);
    }

    Reply propose(Requester requester) {
        return answer(useCases.proposeGroups().propose(requester.actor()));
    }

    /** Saves the proposal exactly as shown: it is deterministic for the same round and people. */
    Reply accept(Requester requester) {
        var result = useCases.proposeGroups().propose(requester.actor());
        if (!(result instanceof ProposeGroups.Proposed proposed) || !proposed.problems().isEmpty()
                && proposed.problems().contains(ProposalProblem.NO_LEADERS)) {
            return answer(result);
        }
        List<MentoringCommand.GroupDraft> drafts = proposed.groups().stream()
                .map(d -> new MentoringCommand.GroupDraft(d.leader().userId(), d.members().stream().map(Person::userId).toList()))
                .toList();
        return form(requester, drafts);
    }

    Reply form(Requester requester, List<MentoringCommand.GroupDraft> drafts) {
        var result = useCases.formGroups().form(requester.actor(), drafts.stream()
                .map(d -> new FormGroups.Draft(d.leaderUserId(), d.memberUserIds())).toList());
        if (result instanceof FormGroups.Formed formed) {
            notifications.groupsFormed(requester.person().workspace(), formed.round().number(), formed.groups());
            notifications.changed(requester.person());
            String summary = String.join("; ", formed.groups().stream()
                    .map(g -> g.group().number() + ": " + g.group().leaderName() + " + "
                            + String.join(", ", g.members().stream().map(Person::displayName).toList()))
                    .toList());
            return Notice.of(Tone.SUCCESS, "groups.formed", formed.groups().size(), summary);
        } else if (result instanceof FormGroups.Invalid invalid) {
            return new Reply.FormProblems(invalid.problems().stream()
                    .map(p -> new Reply.FormProblem(p.draftIndex(), p.key(), p.args())).toList());
        } else if (result instanceof FormGroups.NotLeader) {
            return Notice.of(Tone.PROBLEM, "role.leader.only");
        } else if (result instanceof FormGroups.NoOpenRound) {
            return Notice.of(Tone.INFO, "join.no.open.round");
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply seat(Requester requester, long groupId, String userId) {
        var result = useCases.seatMember().seat(requester.actor(), groupId, userId);
        if (result instanceof SeatMember.Seated seated) {
            notifications.seated(seated.group(), seated.member());
            return Notice.of(Tone.SUCCESS, "groups.seated", seated.member().displayName(), seated.group().number());
        } else if (result instanceof SeatMember.AlreadySeated already) {
            return Notice.of(Tone.INFO, "groups.already.seated", already.groupNumber());
        } else if (result instanceof SeatMember.NotEnrolled) {
            return Notice.of(Tone.INFO, "groups.seat.gone");
        } else if (result instanceof SeatMember.NotTheirGroup) {
            return Notice.of(Tone.PROBLEM, "role.leader.only");
        }
        return Notice.of(Tone.INFO, "groups.seat.gone");
    }

    private static Reply answer(ProposeGroups.Result result) {
        if (result instanceof ProposeGroups.Proposed proposed) {
            List<Reply.ProposedGroup> groups = new ArrayList<>();
            for (ProposeGroups.Draft draft : proposed.groups()) {
                var r = draft.rationale();
                groups.add(new Reply.ProposedGroup(draft.number(), draft.leader() == null ? null : draft.leader().displayName(),
                        draft.members().stream().map(Person::displayName).toList(),
                        new Reply.Rationale(r.size(), r.roleCounts(), r.repeatedPairs(), r.neverTogetherBroken())));
            }
            List<String> problems = proposed.problems().stream()
                    .map(p -> "groups.problem." + p.name().toLowerCase(Locale.ROOT).replace('_', '.')).toList();
            List<Action> actions = proposed.problems().contains(ProposalProblem.NO_LEADERS) ? List.of() : List.of(ACCEPT, EDIT);
            return new Reply.GroupProposal(groups, problems, actions);
        } else if (result instanceof ProposeGroups.EveryoneHasAGroup) {
            return Notice.of(Tone.INFO, "groups.everyone.placed");
        } else if (result instanceof ProposeGroups.NotLeader) {
            return Notice.of(Tone.PROBLEM, "role.leader.only");
        } else if (result instanceof ProposeGroups.NoOpenRound) {
            return Notice.of(Tone.INFO, "join.no.open.round");
        }
        return Notice.of(Tone.INFO, "no.program");
    }
}
