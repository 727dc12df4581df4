package org.mentoringbot.chat;

import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.usecase.SummarizeRound;

/**
 * The round summary: the owner's is posted in the channel they asked in; a leader's (their own groups) and a
 * preview (what the owner would see, for anyone) are shown only to whoever asked.
 */
final class SummaryCommands {
    private final UseCases useCases;
    private final SummaryPosting posting;

    SummaryCommands(UseCases useCases, SummaryPosting posting) {
        this.useCases = useCases;
        this.posting = posting;
    }

    Reply summary(Requester requester, boolean preview) {
        var result = useCases.summarizeRound().summarize(requester.actor(), preview);
        if (result instanceof SummarizeRound.Summary summary) {
            String audience = switch (summary.audience()) {
                case OWNER -> SummaryView.OWNER;
                case LEADER -> SummaryView.LEADER;
                case PREVIEW -> SummaryView.PREVIEW;
            };
            Reply.RoundSummary view = SummaryView.of(summary.program().name(), summary.round().number(), audience, summary.figures());
            if (summary.audience() != SummarizeRound.Audience.OWNER) {
                return view;
            }
            if (requester.channelId() == null) {
                posting.chartOnly(ChatAddress.directTo(requester.person()), view, requester.locale());
                return view;
            }
            posting.post(new ChatAddress(requester.person().workspace(), requester.channelId()), view, requester.locale(),
                    requester.person());
            return Notice.of(Tone.SUCCESS, "summary.posted", summary.round().number());
        } else if (result instanceof SummarizeRound.NotAllowed notAllowed) {
            return Notice.of(Tone.PROBLEM, "summary.owner.only", notAllowed.ownerName());
        } else if (result instanceof SummarizeRound.LeadsNoGroup noGroup) {
            return Notice.of(Tone.INFO, "summary.leads.no.group", noGroup.roundNumber());
        }
        return Notice.of(Tone.INFO, "no.program");
    }
}
