package org.mentoringbot.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.session.Attendance;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.ActivitySummary;
import org.mentoringbot.core.summary.Breakdown;
import org.mentoringbot.core.summary.Change;
import org.mentoringbot.core.summary.Figure;
import org.mentoringbot.core.summary.GroupRoster;
import org.mentoringbot.core.summary.HeldSession;
import org.mentoringbot.core.summary.Occasion;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.core.summary.Scale;
import org.mentoringbot.core.summary.ScaleAnswer;
import org.mentoringbot.core.summary.ScaleSummary;
import org.mentoringbot.core.summary.SummaryAggregator;
import org.mentoringbot.core.summary.SummaryLedger;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.summary.TopicTheme;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * Counts a round for its summary, inside the caller's transaction: seals the blocks the current answers fill,
 * stores the ledger, and reads the figures off the sealed blocks only (see {@link SummaryAggregator}).
 *
 * <p>Leaders' summaries use the same ledger, limited to their groups' blocks. A reflection figure a leader sees
 * is also in the owner's summary: where the owner's per-group figures are withheld (some group has too few
 * answers), the leader's figure is withheld too, so a leader and the owner together never learn more than the
 * owner alone, e.g. which group did not answer. Activity (members, sessions, attendance, topics) is the leader's
 * own record of their groups and is shown for them as it is.
 */
final class RoundTally {
    /** Baselines given before groups were formed belong to no group; the group of a pair is its end answer's. */
    private static final String BEFORE_GROUPS = "-";

    private final Groups groups;
    private final Sessions sessions;
    private final Topics topics;
    private final Reflections reflections;
    private final SummaryLedgers ledgers;
    private final PrivacyThreshold threshold;
    private final SummaryAggregator aggregator;

    RoundTally(Groups groups, Sessions sessions, Topics topics, Reflections reflections, SummaryLedgers ledgers,
            PrivacyThreshold threshold) {
        this.groups = groups;
        this.sessions = sessions;
        this.topics = topics;
        this.reflections = reflections;
        this.ledgers = ledgers;
        this.threshold = threshold;
        this.aggregator = new SummaryAggregator(threshold);
    }

    /** The whole round, as the owner sees it. */
    RoundFigures forOwner(Round round, Instant now) {
        List<MentoringGroup> all = groups.ofRound(round.id());
        SummaryLedger ledger = seal(round);
        Set<String> ids = ids(all);
        return new RoundFigures(threshold.minRespondents(), false, numbers(all), activity(round, all, now),
                aggregator.summarize(ledger, Scale.MASTERY, ids), aggregator.summarize(ledger, Scale.SAFETY_IN_DECISIONS, ids));
    }

    /** The leader's own groups, never showing a reflection figure the owner's summary withholds. */
    RoundFigures forLeader(Round round, Set<Long> ledGroupIds, Instant now) {
        List<MentoringGroup> all = groups.ofRound(round.id());
        List<MentoringGroup> led = all.stream().filter(g -> ledGroupIds.contains(g.id())).toList();
        SummaryLedger ledger = seal(round);
        Set<String> allIds = ids(all);
        Set<String> ledIds = ids(led);
        SummaryLedger theirs = SummaryLedger.of(ledger.sealedAnswers(),
                ledger.afterSessionBlocks().stream().filter(b -> ledIds.contains(b.groupId())).toList(),
                ledger.joiningToEndBlocks().stream().filter(b -> ledIds.contains(b.groupId())).toList());
        return new RoundFigures(threshold.minRespondents(), true, numbers(led), activity(round, led, now),
                limited(aggregator.summarize(ledger, Scale.MASTERY, allIds), aggregator.summarize(theirs, Scale.MASTERY, ledIds),
                        allIds.equals(ledIds)),
                limited(aggregator.summarize(ledger, Scale.SAFETY_IN_DECISIONS, allIds),
                        aggregator.summarize(theirs, Scale.SAFETY_IN_DECISIONS, ledIds), allIds.equals(ledIds)));
    }

    private static ScaleSummary limited(ScaleSummary owners, ScaleSummary leaders, boolean leadsEveryGroup) {
        if (leadsEveryGroup) {
            return owners;
        }
        Breakdown<Figure> afterSessions = owners.afterSessions().perGroupSuppressed()
                ? new Breakdown<>(Figure.TOO_FEW_ANSWERS, Map.of(), true) : leaders.afterSessions();
        Breakdown<Change> joiningToEnd = owners.joiningToEnd().perGroupSuppressed()
                ? new Breakdown<>(Change.TOO_FEW_ANSWERS, Map.of(), true) : leaders.joiningToEnd();
        return new ScaleSummary(owners.scale(), afterSessions, joiningToEnd);
    }

    /** Seals what the round's answers fill and stores the ledger before anything built from it is shown. */
    private SummaryLedger seal(Round round) {
        List<ScaleAnswer> answers = new ArrayList<>();
        for (Reflection reflection : reflections.ofRound(round.id())) {
            String group = reflection.groupId() != null ? String.valueOf(reflection.groupId())
                    : reflection.kind() == Reflection.Kind.BASELINE ? BEFORE_GROUPS : null;
            if (group == null) {
                continue; // an end-of-round answer from someone who never had a group: the round did not reach them
            }
            Occasion occasion = switch (reflection.kind()) {
                case BASELINE -> Occasion.JOINING;
                case END_OF_ROUND -> Occasion.ROUND_END;
                case SESSION -> Occasion.afterSession(String.valueOf(reflection.sessionId()));
            };
            // The notes stay behind: ScaleAnswer has no place for them.
            answers.add(new ScaleAnswer(reflection.userId(), group, Scale.MASTERY, occasion, reflection.mastery(),
                    reflection.answeredAt()));
            answers.add(new ScaleAnswer(reflection.userId(), group, Scale.SAFETY_IN_DECISIONS, occasion, reflection.safety(),
                    reflection.answeredAt()));
        }
        SummaryLedger ledger = aggregator.seal(ledgers.of(round.id()), answers);
        ledgers.store(round.id(), ledger);
        return ledger;
    }

    private ActivitySummary activity(Round round, List<MentoringGroup> covered, Instant now) {
        Set<Long> coveredIds = covered.stream().map(MentoringGroup::id).collect(Collectors.toSet());
        Map<Long, Set<String>> membersByGroup = new LinkedHashMap<>();
        covered.forEach(g -> membersByGroup.put(g.id(), new HashSet<>()));
        for (GroupSeat seat : groups.seatsOfRound(round.id())) {
            if (membersByGroup.containsKey(seat.groupId())) {
                membersByGroup.get(seat.groupId()).add(seat.userId());
            }
        }
        List<GroupRoster> rosters = new ArrayList<>();
        membersByGroup.forEach((id, members) -> rosters.add(new GroupRoster(String.valueOf(id), members.size())));
        List<HeldSession> held = new ArrayList<>();
        for (MentoringSession session : sessions.ofRound(round.id())) {
            Set<String> members = membersByGroup.get(session.groupId());
            if (members == null || members.isEmpty() || session.isCancelled() || session.endsAt().isAfter(now)) {
                continue;
            }
            // Unmarked means present: the leader only corrects the default.
            long absent = sessions.attendanceOf(session.id()).stream()
                    .filter(a -> !a.present() && members.contains(a.userId())).map(Attendance::userId).distinct().count();
            held.add(new HeldSession(String.valueOf(session.groupId()), members.size(), members.size() - (int) absent));
        }
        List<TopicTheme> themes = new ArrayList<>();
        for (Topic topic : topics.ofRound(round.id())) {
            if (!coveredIds.contains(topic.groupId()) || topic.status() == Topic.Status.WITHDRAWN) {
                continue;
            }
            themes.add(new TopicTheme(RoundFigures.PROPOSED));
            if (topic.status() == Topic.Status.DISCUSSED) {
                themes.add(new TopicTheme(RoundFigures.DISCUSSED));
            }
        }
        return aggregator.summarizeActivity(rosters, held, themes);
    }

    private static Set<String> ids(List<MentoringGroup> groups) {
        return groups.stream().map(g -> String.valueOf(g.id())).collect(Collectors.toSet());
    }

    private static Map<String, Integer> numbers(List<MentoringGroup> groups) {
        return groups.stream().collect(Collectors.toMap(g -> String.valueOf(g.id()), MentoringGroup::number));
    }
}
