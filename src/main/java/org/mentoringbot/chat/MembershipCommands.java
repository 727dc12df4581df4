package org.mentoringbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.LeaveRound;
import org.mentoringbot.usecase.MuteReminders;
import org.mentoringbot.usecase.PauseMembership;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowHome;
import org.mentoringbot.usecase.ShowStatus;

/** A member's own commands: set up, join, leave, pause, status and home. */
final class MembershipCommands {
    static final Action JOIN = new Action("round.join", "action.join", true);
    static final Action LEAVE = new Action("round.leave", "action.leave", false);
    static final Action RESUME = new Action("round.pause.resume", "action.resume", false);
    static final Action EDIT_GROUPS = new Action("groups.edit", "action.groups", true);

    /** Late joiners waiting for a group make a new one from this many on (the smallest group size). */
    static final int NEW_GROUP_AT = 3;

    private final UseCases useCases;
    private final Notifications notifications;

    MembershipCommands(UseCases useCases, Notifications notifications) {
        this.useCases = useCases;
        this.notifications = notifications;
    }

    Reply setUp(Requester requester, String name) {
        var result = useCases.setUpProgram().setUp(requester.person(), name);
        if (result instanceof SetUpProgram.Created created) {
            notifications.changed(requester.person());
            return Notice.of(Tone.SUCCESS, "setup.created", created.program().name(), created.round().number());
        } else if (result instanceof SetUpProgram.AlreadySetUp already) {
            return already.program().isOwnedBy(requester.person())
                    ? Notice.of(Tone.INFO, "setup.already.yours", already.program().name())
                    : Notice.of(Tone.INFO, "setup.already.other", already.program().name(), already.program().ownerName());
        } else if (result instanceof SetUpProgram.NameTooLong tooLong) {
            return Notice.of(Tone.PROBLEM, "setup.name.too.long", tooLong.maxLength());
        }
        return Notice.of(Tone.PROBLEM, "setup.name.missing");
    }

    Reply join(Requester requester, String roleKind) {
        var result = useCases.joinRound().join(requester.person(), roleKind);
        if (result instanceof JoinRound.Joined joined) {
            notifications.changed(requester.person());
            if (joined.groupWithRoom().isPresent()) {
                notifications.offerToLeader(joined.groupWithRoom().get(), requester.person());
                return Notice.of(Tone.SUCCESS, "join.joined.late", joined.round().number()).withActions(LEAVE, ReflectionCommands.BASELINE);
            }
            if (joined.groupsFormed() && joined.withoutGroup() >= NEW_GROUP_AT) {
                notifications.enoughForANewGroup(requester.person().workspace(), joined.withoutGroup());
            }
            String key = joined.groupsFormed() ? "join.joined.groups.full" : "join.joined";
            return Notice.of(Tone.SUCCESS, key, joined.round().number(), joined.enrolled()).withActions(LEAVE, ReflectionCommands.BASELINE);
        } else if (result instanceof JoinRound.Waitlisted waitlisted) {
            notifications.changed(requester.person());
            return Notice.of(Tone.INFO, "join.waitlisted", waitlisted.round().number(), waitlisted.position()).withActions(LEAVE);
        } else if (result instanceof JoinRound.AlreadyIn already) {
            String key = already.status() == MembershipStatus.WAITING ? "join.already.waiting" : "join.already.in";
            return Notice.of(Tone.INFO, key, already.round().number()).withActions(LEAVE);
        } else if (result instanceof JoinRound.NoOpenRound) {
            return Notice.of(Tone.INFO, "join.no.open.round");
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply leave(Requester requester) {
        var result = useCases.leaveRound().leave(requester.person());
        if (result instanceof LeaveRound.Left left) {
            notifications.changed(requester.person());
            left.admitted().ifPresent(person -> notifications.admitted(person, left.round().number()));
            return Notice.of(Tone.SUCCESS, "leave.left", left.round().number()).withActions(JOIN);
        }
        return Notice.of(Tone.INFO, "leave.not.in");
    }

    Reply pause(Requester requester, java.time.LocalDate until) {
        var result = useCases.pauseMembership().pause(requester.person(), until, requester.zone());
        if (result instanceof PauseMembership.Paused paused) {
            notifications.changed(requester.person());
            return Notice.of(Tone.SUCCESS, "pause.paused", paused.until()).withActions(RESUME);
        } else if (result instanceof PauseMembership.Resumed) {
            notifications.changed(requester.person());
            return Notice.of(Tone.SUCCESS, "pause.resumed");
        } else if (result instanceof PauseMembership.NotInFuture past) {
            return Notice.of(Tone.PROBLEM, "pause.not.future", past.until());
        } else if (result instanceof PauseMembership.TooFar tooFar) {
            return Notice.of(Tone.PROBLEM, "pause.too.far", tooFar.latest());
        } else if (result instanceof PauseMembership.NotPaused) {
            return Notice.of(Tone.INFO, "pause.not.paused");
        }
        return Notice.of(Tone.INFO, "membership.not.in");
    }

    Reply mute(Requester requester, boolean muted) {
        var result = useCases.muteReminders().mute(requester.person(), muted);
        if (result instanceof MuteReminders.NotIn) {
            return Notice.of(Tone.INFO, "membership.not.in");
        }
        return Notice.of(Tone.SUCCESS, muted ? "mute.muted" : "mute.unmuted");
    }

    Reply status(Requester requester) {
        var result = useCases.showStatus().status(requester.person());
        if (result instanceof ShowStatus.Status status) {
            var own = status.ownStatus();
            String ownKey = own.map(s -> s == MembershipStatus.WAITING ? "status.own.waiting" : "status.own.in")
                    .orElse("status.own.out");
            List<Action> actions = !status.round().acceptsMembers() ? List.of() : own.isPresent() ? List.of(LEAVE) : List.of(JOIN);
            return new Reply.Status(status.program().name(), status.program().ownerName(), status.round().number(),
                    stateKey(status.round().state()), ownKey, status.enrolled(), status.waiting(), actions);
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply home(Requester requester) {
        var result = useCases.showHome().home(requester.actor());
        if (!(result instanceof ShowHome.Home home)) {
            return Notice.of(Tone.INFO, "no.program");
        }
        var round = home.round();
        String ownKey = home.ownStatus().map(s -> s == MembershipStatus.WAITING ? "status.own.waiting" : "status.own.in")
                .orElse("status.own.out");
        List<Action> actions = new ArrayList<>();
        boolean open = round.isPresent() && round.get().acceptsMembers();
        if (open) {
            actions.add(home.ownStatus().isPresent() ? LEAVE : JOIN);
            if (home.pausedUntil().isPresent()) {
                actions.add(RESUME);
            }
            if (home.owner() || home.leader()) {
                actions.add(EDIT_GROUPS);
            }
        }
        Map<Integer, Integer> led = new LinkedHashMap<>();
        home.ledGroups().forEach(g -> led.put(g.number(), g.size()));
        var group = home.group().map(g -> new Reply.OwnGroup(g.number(), g.leaderName(), g.memberNames())).orElse(null);
        return new Reply.Home(home.program().name(), home.program().ownerName(), round.map(r -> r.number()).orElse(0),
                round.map(r -> r.name()).orElse(null), round.map(r -> stateKey(r.state())).orElse(null), ownKey,
                home.pausedUntil().orElse(null), group, led, home.owner(), home.enrolled(), home.waiting(), home.withoutGroup(),
                actions);
    }

    static String stateKey(RoundState state) {
        return "round.state." + state.name().toLowerCase(Locale.ROOT);
    }
}
