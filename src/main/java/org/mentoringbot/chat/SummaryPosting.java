package org.mentoringbot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.mentoringbot.chart.SummaryChart;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a round summary where it was asked for (the owner's channel, the leaders' circle) after the answer, with
 * its chart as a PNG; the numbers are always in the text too. When the platform refuses (the bot is not in that
 * channel), the person who asked is told privately and gets the summary there instead.
 */
final class SummaryPosting {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryPosting.class);

    private final ChatSender sender;
    private final ChatFiles files;
    private final FollowUps followUps;

    SummaryPosting(ChatSender sender, ChatFiles files, Executor followUps) {
        this.sender = sender;
        this.files = files;
        this.followUps = new FollowUps(followUps);
    }

    /**
     * @param locale the language of the chart and its comment
     * @param askedBy who to tell if it cannot be posted; null when nobody asked (a scheduler)
     */
    void post(ChatAddress where, Reply.RoundSummary summary, Locale locale, Person askedBy) {
        followUps.later("posting a summary", () -> {
            try {
                sender.send(where, summary);
            } catch (ChatSender.DeliveryFailed e) {
                LOG.warn("could not post the round {} summary in {}: {}", summary.roundNumber(), where.conversation(), e.getMessage());
                if (askedBy != null) {
                    tell(askedBy, Notice.of(Tone.PROBLEM, "summary.not.posted", summary.roundNumber()));
                    tell(askedBy, summary);
                }
                return;
            }
            shareChart(where, summary, locale, askedBy);
        });
    }

    /** Only the chart, where the summary itself is the answer (the console). */
    void chartOnly(ChatAddress where, Reply.RoundSummary summary, Locale locale) {
        followUps.later("posting a summary", () -> shareChart(where, summary, locale, null));
    }

    private void shareChart(ChatAddress where, Reply.RoundSummary summary, Locale locale, Person askedBy) {
        List<Double> scores = SummaryView.chartScores(summary);
        if (scores.stream().allMatch(Objects::isNull)) {
            return; // nothing to draw: every figure is "too few answers", and the text says so
        }
        Messages messages = Messages.in(locale);
        String title = messages.get("summary.chart.title", summary.roundNumber());
        byte[] png = SummaryChart.png(new SummaryChart.Scores(title, messages.get("summary.chart.joining"),
                messages.get("summary.chart.end"), messages.get("summary.scale.mastery"), messages.get("summary.scale.safety"),
                messages.locale(), scores.get(0), scores.get(1), scores.get(2), scores.get(3)));
        try {
            files.share(where, "round-" + summary.roundNumber() + "-summary.png", title, png,
                    messages.get("summary.chart.comment", summary.roundNumber()));
        } catch (ChatSender.DeliveryFailed e) {
            LOG.warn("could not share the round {} chart in {}: {}", summary.roundNumber(), where.conversation(), e.getMessage());
            if (askedBy != null) {
                tell(askedBy, Notice.of(Tone.INFO, "summary.chart.failed"));
            }
        }
    }

    private void tell(Person person, Reply reply) {
        try {
            sender.send(ChatAddress.directTo(person), reply);
        } catch (ChatSender.DeliveryFailed e) {
            LOG.warn("could not tell {} about the summary: {}", person.userId(), e.getMessage());
        }
    }
}
