package org.mentoringbot.core.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Turns members' scale answers into the figures of a round summary without letting any one answer show.
 *
 * <p><b>Rule.</b> An answer is counted only inside a <em>sealed block</em>: {@code k} answers from {@code k}
 * different members of the same group ({@code k} = {@link PrivacyThreshold#minRespondents()}), filled in the order
 * the answers were given, and frozen as anonymous sums in the {@link SummaryLedger} by the first {@link #seal}
 * that finds it full (the use case seals whenever the owner asks for a summary). Answers waiting for a block to
 * fill are not counted anywhere. Every figure, for the whole round or per group, now or
 * in any later summary, is a sum over whole blocks, and a sealed block never changes again.
 *
 * <p><b>Why that defeats the difference attack.</b> Two summaries, consecutive or months apart, differ only by
 * whole new blocks: the owner can learn the sum of at least {@code k} people's answers, never one person's.
 * <ul>
 *   <li>One more answer changes nothing until {@code k - 1} more answers from other people fill its block.
 *   <li>Editing an answer that is already counted changes nothing: the block keeps the value it was sealed with,
 *       so an edit can't be read off as "someone went from 2 to 5". An answer still waiting is counted with its
 *       value when its block is sealed; it was never shown before, so neither were its edits.
 *   <li>Erasing a member ({@link SummaryLedger#forget}) leaves the blocks as they were. Recomputing from the
 *       current answers would not be safe: if one member erases and another answers between two summaries, the
 *       difference of the two means is the newcomer's value minus the leaver's, and a leaver who is the owner's
 *       ally has told the owner their own value.
 *   <li>Overall and per-group figures come from the same blocks, which never straddle groups: the overall is
 *       exactly the sum of the groups' blocks, so subtracting the shown groups from it leaves only whole blocks,
 *       and a group with no full block has nothing in the overall to back out. Per-group figures are
 *       all-or-nothing all the same ({@link Breakdown}).
 *   <li>Joining, end and change figures are all over the same joining-to-end blocks: people who answered both.
 *       Showing a joining mean over everyone who answered at joining as well would count the same people in
 *       differently cut blocks, and the two cuts subtracted would single people out.
 * </ul>
 *
 * <p><b>Cost.</b> A figure lags the answers: up to {@code k - 1} answers per group and figure wait for their
 * block, and are never counted if their block never fills (a group of five in which all five answered at joining
 * and at the end shows three of them, with {@code k = 3}). An edit made after an answer was sealed never reaches
 * the summary.
 *
 * <p><b>Limits no threshold removes.</b> If all {@code k} people in a block gave the same answer, the mean says
 * so; and {@code k - 1} members who tell the owner their own answers expose the last one in their block. Raise
 * {@code privacy.min-respondents} where that matters; a higher value applies to blocks sealed from then on, and
 * a cell is shown only while it has a block of at least the current size.
 */
public final class SummaryAggregator {

    // Answers waiting to be counted are taken in the order they were given; the ids only break ties stably.
    private static final Comparator<ScaleAnswer> IN_ORDER_GIVEN = Comparator
            .comparing(ScaleAnswer::answeredAt)
            .thenComparing(ScaleAnswer::respondentId)
            .thenComparing(ScaleAnswer::scale)
            .thenComparing(answer -> sessionOf(answer.occasion()));

    private final PrivacyThreshold threshold;

    public SummaryAggregator(PrivacyThreshold threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * Seals the blocks that the current answers fill and returns the ledger to store. Already sealed answers are
     * left as they were sealed, whatever their current value.
     *
     * @param currentAnswers every answer of the round as it stands now, one per respondent, scale and occasion
     * @throws IllegalArgumentException if an answer appears twice
     */
    public SummaryLedger seal(SummaryLedger ledger, Collection<ScaleAnswer> currentAnswers) {
        requireOnePerOccasion(currentAnswers);
        List<ScaleAnswer> waiting = currentAnswers.stream().filter(answer -> !ledger.counts(answer)).toList();
        List<SealedAnswer> newlySealed = new ArrayList<>();
        List<AfterSessionBlock> afterSessions = sealAfterSessionBlocks(waiting, newlySealed);
        List<JoiningToEndBlock> joiningToEnd = sealJoiningToEndBlocks(waiting, newlySealed);
        return ledger.with(newlySealed, afterSessions, joiningToEnd);
    }

    /**
     * The figures of one scale, from the sealed blocks only.
     *
     * @param groupIds the round's groups, so that a group nobody in it has answered for still keeps per-group
     *     figures hidden
     */
    public ScaleSummary summarize(SummaryLedger ledger, Scale scale, Set<String> groupIds) {
        List<AfterSessionBlock> afterSessions = ledger.afterSessionBlocks().stream()
                .filter(block -> block.scale() == scale).toList();
        List<JoiningToEndBlock> joiningToEnd = ledger.joiningToEndBlocks().stream()
                .filter(block -> block.scale() == scale).toList();
        return new ScaleSummary(
                scale,
                breakdown(afterSessions, AfterSessionBlock::groupId, this::afterSessionFigure,
                        Figure.Shown.class::isInstance, groupIds),
                breakdown(joiningToEnd, JoiningToEndBlock::groupId, this::joiningToEndChange,
                        Change.Shown.class::isInstance, groupIds));
    }

    /**
     * Counts that describe the round rather than anyone's reflection. They take no respondent ids, and topic
     * themes have no author, so who proposed what cannot be shown.
     *
     * <ul>
     *   <li>Participants, groups, sessions held and topic themes are shown as they are: they say what happened,
     *       not how anyone felt, and a theme proposed once is just a theme.
     *   <li>Attendance is shown only for groups of at least {@code k} members, per group all-or-nothing like the
     *       reflections; the overall rate leaves out groups below {@code k}, so that it never moves because of
     *       whether one of two people came to a session. Comparing two summaries can show how many of a group of
     *       at least {@code k} came to one session, which everyone there saw anyway, but not who.
     * </ul>
     */
    public ActivitySummary summarizeActivity(
            Collection<GroupRoster> rosters, Collection<HeldSession> heldSessions, Collection<TopicTheme> themes) {
        int k = threshold.minRespondents();
        Map<String, Integer> membersByGroup = new TreeMap<>();
        for (GroupRoster roster : rosters) {
            if (membersByGroup.put(roster.groupId(), roster.members()) != null) {
                throw new IllegalArgumentException("group " + roster.groupId() + " is listed twice");
            }
        }
        // A session of a group missing from the rosters counts as a group too small to show.
        heldSessions.forEach(session -> membersByGroup.putIfAbsent(session.groupId(), 0));

        Map<String, List<HeldSession>> sessionsByGroup = new HashMap<>();
        heldSessions.forEach(session ->
                sessionsByGroup.computeIfAbsent(session.groupId(), group -> new ArrayList<>()).add(session));

        Map<String, AttendanceRate> perGroup = new TreeMap<>();
        List<HeldSession> largeEnoughGroupsSessions = new ArrayList<>();
        boolean anyGroupLargeEnough = false;
        for (Map.Entry<String, Integer> group : membersByGroup.entrySet()) {
            List<HeldSession> sessions = sessionsByGroup.getOrDefault(group.getKey(), List.of());
            if (group.getValue() < k) {
                perGroup.put(group.getKey(), AttendanceRate.TOO_FEW_MEMBERS);
            } else {
                anyGroupLargeEnough = true;
                largeEnoughGroupsSessions.addAll(sessions);
                perGroup.put(group.getKey(), attendance(sessions));
            }
        }
        AttendanceRate overall = anyGroupLargeEnough
                ? attendance(largeEnoughGroupsSessions)
                : AttendanceRate.TOO_FEW_MEMBERS;

        Map<String, Integer> themeCounts = new TreeMap<>();
        themes.forEach(theme -> themeCounts.merge(theme.theme(), 1, Integer::sum));

        return new ActivitySummary(
                rosters.stream().mapToInt(GroupRoster::members).sum(),
                rosters.size(),
                heldSessions.size(),
                Breakdown.allOrNothing(overall, perGroup, rate -> !(rate instanceof AttendanceRate.TooFewMembers)),
                themeCounts);
    }

    private List<AfterSessionBlock> sealAfterSessionBlocks(
            List<ScaleAnswer> waiting, List<SealedAnswer> newlySealed) {
        int k = threshold.minRespondents();
        Map<Cell, List<List<ScaleAnswer>>> openBlocks = new HashMap<>();
        List<AfterSessionBlock> sealed = new ArrayList<>();
        List<ScaleAnswer> inOrder = waiting.stream()
                .filter(answer -> answer.occasion() instanceof Occasion.AfterSession)
                .sorted(IN_ORDER_GIVEN)
                .toList();
        for (ScaleAnswer answer : inOrder) {
            List<List<ScaleAnswer>> open =
                    openBlocks.computeIfAbsent(Cell.of(answer), cell -> new ArrayList<>());
            // First open block without this member: a block must hold k different people, not k answers.
            int index = 0;
            while (index < open.size() && containsRespondent(open.get(index), answer.respondentId())) {
                index++;
            }
            if (index == open.size()) {
                open.add(new ArrayList<>());
            }
            List<ScaleAnswer> block = open.get(index);
            block.add(answer);
            if (block.size() == k) {
                open.remove(index);
                sealed.add(new AfterSessionBlock(answer.scale(), answer.groupId(), k, sum(block, ScaleAnswer::value)));
                block.forEach(member -> newlySealed.add(SealedAnswer.of(member)));
            }
        }
        return sealed;
    }

    private List<JoiningToEndBlock> sealJoiningToEndBlocks(
            List<ScaleAnswer> waiting, List<SealedAnswer> newlySealed) {
        int k = threshold.minRespondents();
        Map<Respondent, ScaleAnswer> joiningAnswers = new HashMap<>();
        waiting.stream()
                .filter(answer -> answer.occasion() instanceof Occasion.Joining)
                .forEach(answer -> joiningAnswers.put(Respondent.of(answer), answer));
        List<Pair> pairs = waiting.stream()
                .filter(answer -> answer.occasion() instanceof Occasion.RoundEnd)
                .filter(end -> joiningAnswers.containsKey(Respondent.of(end)))
                .map(end -> new Pair(joiningAnswers.get(Respondent.of(end)), end))
                .sorted(Comparator.comparing(Pair::completedAt).thenComparing(Pair::end, IN_ORDER_GIVEN))
                .toList();

        Map<Cell, List<Pair>> openBlocks = new HashMap<>();
        List<JoiningToEndBlock> sealed = new ArrayList<>();
        for (Pair pair : pairs) {
            // The pair belongs to the group the member ended the round in; the joining answer may predate groups.
            Cell cell = Cell.of(pair.end());
            List<Pair> block = openBlocks.computeIfAbsent(cell, key -> new ArrayList<>());
            block.add(pair);
            if (block.size() == k) {
                openBlocks.remove(cell);
                sealed.add(new JoiningToEndBlock(cell.scale(), cell.groupId(), k,
                        sum(block, member -> member.joining().value()),
                        sum(block, member -> member.end().value())));
                block.forEach(member -> {
                    newlySealed.add(SealedAnswer.of(member.joining()));
                    newlySealed.add(SealedAnswer.of(member.end()));
                });
            }
        }
        return sealed;
    }

    private Figure afterSessionFigure(List<AfterSessionBlock> blocks) {
        if (blocks.stream().noneMatch(block -> block.answers() >= threshold.minRespondents())) {
            return Figure.TOO_FEW_ANSWERS;
        }
        int answers = blocks.stream().mapToInt(AfterSessionBlock::answers).sum();
        long total = blocks.stream().mapToLong(AfterSessionBlock::sum).sum();
        return new Figure.Shown(answers, (double) total / answers);
    }

    private Change joiningToEndChange(List<JoiningToEndBlock> blocks) {
        if (blocks.stream().noneMatch(block -> block.respondents() >= threshold.minRespondents())) {
            return Change.TOO_FEW_ANSWERS;
        }
        int respondents = blocks.stream().mapToInt(JoiningToEndBlock::respondents).sum();
        long joining = blocks.stream().mapToLong(JoiningToEndBlock::joiningSum).sum();
        long end = blocks.stream().mapToLong(JoiningToEndBlock::endSum).sum();
        return new Change.Shown(respondents, (double) joining / respondents, (double) end / respondents);
    }

    private static <B, F> Breakdown<F> breakdown(
            List<B> blocks,
            Function<B, String> groupOf,
            Function<List<B>, F> figureOf,
            Predicate<F> shown,
            Set<String> groupIds) {
        Map<String, List<B>> blocksByGroup = new TreeMap<>();
        groupIds.forEach(group -> blocksByGroup.put(group, new ArrayList<>()));
        blocks.forEach(block ->
                blocksByGroup.computeIfAbsent(groupOf.apply(block), group -> new ArrayList<>()).add(block));
        Map<String, F> perGroup = new TreeMap<>();
        blocksByGroup.forEach((group, groupBlocks) -> perGroup.put(group, figureOf.apply(groupBlocks)));
        return Breakdown.allOrNothing(figureOf.apply(blocks), perGroup, shown);
    }

    private static AttendanceRate attendance(List<HeldSession> sessions) {
        if (sessions.isEmpty()) {
            return AttendanceRate.NO_SESSIONS_HELD;
        }
        long present = sessions.stream().mapToLong(HeldSession::present).sum();
        long invited = sessions.stream().mapToLong(HeldSession::invited).sum();
        return new AttendanceRate.Shown((double) present / invited);
    }

    private static void requireOnePerOccasion(Collection<ScaleAnswer> answers) {
        Set<SealedAnswer> seen = new HashSet<>();
        for (ScaleAnswer answer : answers) {
            if (!seen.add(SealedAnswer.of(answer))) {
                throw new IllegalArgumentException("answer given twice, pass only its current value: "
                        + answer.scale() + " " + answer.occasion());
            }
        }
    }

    private static boolean containsRespondent(List<ScaleAnswer> block, String respondentId) {
        return block.stream().anyMatch(member -> member.respondentId().equals(respondentId));
    }

    private static <T> long sum(List<T> items, ToIntFunction<T> value) {
        return items.stream().mapToLong(value::applyAsInt).sum();
    }

    private static String sessionOf(Occasion occasion) {
        return occasion instanceof Occasion.AfterSession afterSession ? afterSession.sessionId() : "";
    }

    /** Blocks never straddle a scale or a group. */
    private record Cell(Scale scale, String groupId) {
        static Cell of(ScaleAnswer answer) {
            return new Cell(answer.scale(), answer.groupId());
        }
    }

    private record Respondent(String respondentId, Scale scale) {
        static Respondent of(ScaleAnswer answer) {
            return new Respondent(answer.respondentId(), answer.scale());
        }
    }

    private record Pair(ScaleAnswer joining, ScaleAnswer end) {
        Instant completedAt() {
            return joining.answeredAt().isAfter(end.answeredAt()) ? joining.answeredAt() : end.answeredAt();
        }
    }
}
