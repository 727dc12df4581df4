package org.mentoringbot.chat;

import java.util.List;
import java.util.Locale;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.LeaveRound;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command for a requester and says what happened, for every platform alike.
 * Use cases decide who may do what; this class only translates their results into replies.
 */
public final class CommandDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(CommandDispatcher.class);

    static final Action JOIN = new Action("round.join", "action.join", true);
    static final Action LEAVE = new Action("round.leave", "action.leave", false);

    private final SetUpProgram setUpProgram;
    private final JoinRound joinRound;
    private final LeaveRound leaveRound;
    private final ShowStatus showStatus;

    public CommandDispatcher(SetUpProgram setUpProgram, JoinRound joinRound, LeaveRound leaveRound, ShowStatus showStatus) {
        this.setUpProgram = setUpProgram;
        this.joinRound = joinRound;
        this.leaveRound = leaveRound;
        this.showStatus = showStatus;
    }

    public Reply handle(Requester requester, MentoringCommand command) {
        // Ids only: command arguments may be personal.
        LOG.debug("{} from {} in {}", command.getClass().getSimpleName(), requester.person().userId(),
                requester.person().workspace());
        if (command instanceof MentoringCommand.Help) {
            return new Reply.Help();
        } else if (command instanceof MentoringCommand.SetUp setUp) {
            return setUp(requester, setUp.programName());
        } else if (command instanceof MentoringCommand.Join) {
            return join(requester);
        } else if (command instanceof MentoringCommand.Leave) {
            return leave(requester);
        } else if (command instanceof MentoringCommand.Status) {
            return status(requester);
        } else if (command instanceof MentoringCommand.Unknown unknown) {
            return Notice.of(Tone.PROBLEM, "unknown.command", unknown.text());
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    private Reply setUp(Requester requester, String name) {
        var result = setUpProgram.setUp(requester.person(), name);
        if (result instanceof SetUpProgram.Created created) {
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

    private Reply join(Requester requester) {
        var result = joinRound.join(requester.person());
        if (result instanceof JoinRound.Joined joined) {
            return Notice.of(Tone.SUCCESS, "join.joined", joined.round().number(), joined.enrolled()).withActions(LEAVE);
        } else if (result instanceof JoinRound.AlreadyIn already) {
            String key = already.status() == MembershipStatus.WAITING ? "join.already.waiting" : "join.already.in";
            return Notice.of(Tone.INFO, key, already.round().number()).withActions(LEAVE);
        } else if (result instanceof JoinRound.NoOpenRound) {
            return Notice.of(Tone.INFO, "join.no.open.round");
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    private Reply leave(Requester requester) {
        var result = leaveRound.leave(requester.person());
        if (result instanceof LeaveRound.Left left) {
            return Notice.of(Tone.SUCCESS, "leave.left", left.round().number()).withActions(JOIN);
        }
        return Notice.of(Tone.INFO, "leave.not.in");
    }

    private Reply status(Requester requester) {
        var result = showStatus.status(requester.person());
        if (result instanceof ShowStatus.Status status) {
            var own = status.ownStatus();
            String ownKey = own.map(s -> s == MembershipStatus.WAITING ? "status.own.waiting" : "status.own.in")
                    .orElse("status.own.out");
            var actions = !status.round().acceptsMembers() ? List.<Action>of()
                    : own.isPresent() ? List.of(LEAVE) : List.of(JOIN);
            return new Reply.Status(status.program().name(), status.program().ownerName(), status.round().number(),
                    "round.state." + status.round().state().name().toLowerCase(Locale.ROOT), ownKey,
                    status.enrolled(), status.waiting(), actions);
        }
        return Notice.of(Tone.INFO, "no.program");
    }
}
