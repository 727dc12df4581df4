package org.mentoringbot.chat;

import java.util.List;
import java.util.Locale;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.CloseRound;
import org.mentoringbot.usecase.FinishEvaluation;

/**
 * The end of a round: closing it invites every member to the end-of-round reflection; closing it again, or the
 * end of the evaluation window, archives it and posts its summary in the leaders' circle.
 */
final class EvaluationCommands {
    private final UseCases useCases;
    private final Notifications notifications;
    private final SummaryPosting posting;

    EvaluationCommands(UseCases useCases, Notifications notifications, SummaryPosting posting) {
        this.useCases = useCases;
        this.notifications = notifications;
        this.posting = posting;
    }

    Reply close(Requester requester) {
        var result = useCases.closeRound().close(requester.actor());
        if (result instanceof CloseRound.Evaluating evaluating) {
            notifications.changed(requester.person());
            notifications.invitedToEndReflection(evaluating.invited(), evaluating.round().number());
            // Only say members are invited when someone was: a round nobody joined (or all on a break) invites nobody.
            return Notice.of(Tone.SUCCESS, evaluating.invited().isEmpty() ? "round.closed.evaluating.nobody" : "round.closed.evaluating",
                    evaluating.round().number());
        } else if (result instanceof CloseRound.Archived archived) {
            notifications.changed(requester.person());
            boolean posted = postResult(archived.finished(), requester.locale(), requester.person());
            return Notice.of(Tone.SUCCESS, posted ? "round.closed.archived.posted" : "round.closed.archived",
                    archived.round().number());
        } else if (result instanceof CloseRound.NothingToClose) {
            return Notice.of(Tone.INFO, "round.nothing.to.close");
        } else if (result instanceof CloseRound.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    /** Ends every evaluation whose window has passed and posts each result; for a scheduler. */
    int finishDue() {
        List<FinishEvaluation.Finished> finished = useCases.finishEvaluation().finishDue();
        finished.forEach(f -> postResult(f, Locale.ENGLISH, null));
        return finished.size();
    }

    /** The summary goes to the leaders' circle; false when the program has none yet. */
    private boolean postResult(FinishEvaluation.Finished finished, Locale locale, Person askedBy) {
        String circle = finished.program().leadersChannelId();
        if (circle == null) {
            return false;
        }
        Reply.RoundSummary view = SummaryView.of(finished.program().name(), finished.round().number(), SummaryView.RESULT,
                finished.figures());
        posting.post(new ChatAddress(finished.program().workspace(), circle), view, locale, askedBy);
        return true;
    }
}
