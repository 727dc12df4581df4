package org.mentoringbot.core.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round as the use case would drive it: members answer, edit and erase; the owner asks for summaries, and each
 * request seals and stores the ledger before the summary is shown.
 */
final class RoundAnswers {

    private final SummaryAggregator aggregator;
    private final Set<String> groupIds;
    private final Map<SealedAnswer, ScaleAnswer> current = new LinkedHashMap<>();
    private SummaryLedger ledger = SummaryLedger.empty();
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    RoundAnswers(int minRespondents, String... groupIds) {
        this.aggregator = new SummaryAggregator(PrivacyThreshold.of(minRespondents));
        this.groupIds = Set.of(groupIds);
    }

    /** A new answer, or an edit of an existing one, which keeps the time it was first given. */
    RoundAnswers answer(String person, String group, Scale scale, Occasion occasion, int value) {
        now = now.plus(Duration.ofMinutes(1));
        SealedAnswer key = new SealedAnswer(person, scale, occasion);
        Instant firstGiven = current.containsKey(key) ? current.get(key).answeredAt() : now;
        current.put(key, new ScaleAnswer(person, group, scale, occasion, value, firstGiven));
        return this;
    }

    RoundAnswers answer(String person, String group, Occasion occasion, int value) {
        return answer(person, group, Scale.MASTERY, occasion, value);
    }

    RoundAnswers joiningAndEnd(String person, String group, int joining, int end) {
        return answer(person, group, Occasion.JOINING, joining).answer(person, group, Occasion.ROUND_END, end);
    }

    RoundAnswers afterSession(String person, String group, String session, int value) {
        return answer(person, group, Occasion.afterSession(session), value);
    }

    RoundAnswers erase(String person) {
        current.keySet().removeIf(key -> key.respondentId().equals(person));
        ledger = ledger.forget(person);
        return this;
    }

    ScaleSummary summary() {
        return summary(Scale.MASTERY);
    }

    ScaleSummary summary(Scale scale) {
        ledger = aggregator.seal(ledger, List.copyOf(current.values()));
        return aggregator.summarize(ledger, scale, groupIds);
    }

    SummaryLedger ledger() {
        return ledger;
    }

    List<ScaleAnswer> currentAnswers() {
        return List.copyOf(current.values());
    }
}
