package org.mentoringbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.summary.AttendanceRate;
import org.mentoringbot.core.summary.Breakdown;
import org.mentoringbot.core.summary.Change;
import org.mentoringbot.core.summary.Figure;
import org.mentoringbot.core.summary.ScaleSummary;
import org.mentoringbot.usecase.RoundFigures;

/** Turns a round's figures into the summary reply: the same figures, keyed by group number instead of id. */
final class SummaryView {
    static final String OWNER = "summary.audience.owner";
    static final String LEADER = "summary.audience.leader";
    static final String PREVIEW = "summary.audience.preview";
    static final String RESULT = "summary.audience.result";

    private SummaryView() {}

    static Reply.RoundSummary of(String programName, int roundNumber, String audienceKey, RoundFigures figures) {
        var activity = figures.activity();
        List<Integer> numbers = figures.groupNumbers().values().stream().sorted().toList();
        // One group's figures are the round's: say them once.
        boolean byGroup = numbers.size() > 1;
        return new Reply.RoundSummary(programName, roundNumber, audienceKey, numbers, activity.participants(), activity.groups(),
                activity.sessionsHeld(), rate(activity.attendance().overall()),
                byGroup ? perGroup(figures, activity.attendance(), SummaryView::rate) : Map.of(),
                figures.topicsProposed(), figures.topicsDiscussed(),
                List.of(scale("summary.scale.mastery", figures.mastery(), figures, byGroup),
                        scale("summary.scale.safety", figures.safety(), figures, byGroup)),
                figures.minRespondents());
    }

    private static Reply.SummaryScale scale(String labelKey, ScaleSummary scale, RoundFigures figures, boolean byGroup) {
        return new Reply.SummaryScale(labelKey, mean(scale.afterSessions().overall()),
                byGroup ? perGroup(figures, scale.afterSessions(), SummaryView::mean) : Map.of(),
                change(scale.joiningToEnd().overall()),
                byGroup ? perGroup(figures, scale.joiningToEnd(), SummaryView::change) : Map.of());
    }

    private static <F, V> Map<Integer, V> perGroup(RoundFigures figures, Breakdown<F> breakdown, Function<F, V> view) {
        Map<Integer, V> byNumber = new LinkedHashMap<>();
        breakdown.perGroup().forEach((groupId, figure) -> {
            Integer number = figures.groupNumbers().get(groupId);
            if (number != null) {
                byNumber.put(number, view.apply(figure));
            }
        });
        return byNumber;
    }

    private static Reply.SummaryMean mean(Figure figure) {
        return figure instanceof Figure.Shown shown ? new Reply.SummaryMean(shown.mean(), shown.answersCounted())
                : new Reply.SummaryMean(null, 0);
    }

    private static Reply.SummaryChange change(Change change) {
        return change instanceof Change.Shown shown
                ? new Reply.SummaryChange(shown.joiningMean(), shown.endMean(), shown.respondentsCounted())
                : new Reply.SummaryChange(null, null, 0);
    }

    private static Reply.SummaryRate rate(AttendanceRate rate) {
        if (rate instanceof AttendanceRate.Shown shown) {
            return new Reply.SummaryRate(shown.rate(), null);
        }
        return new Reply.SummaryRate(null, rate instanceof AttendanceRate.NoSessionsHeld
                ? "summary.attendance.no.sessions" : "summary.attendance.too.few");
    }

    /** The figures the chart draws: joining and end means of both scales, null where too few answered. */
    static List<Double> chartScores(Reply.RoundSummary summary) {
        List<Double> scores = new ArrayList<>();
        for (Reply.SummaryScale scale : summary.scales()) {
            scores.add(scale.change().joining());
            scores.add(scale.change().end());
        }
        return scores;
    }
}
