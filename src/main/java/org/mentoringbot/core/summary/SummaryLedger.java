package org.mentoringbot.core.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The figures a round has published, as sealed blocks, and which answers they already count. Immutable; the
 * use case keeps one per round, stores what {@link SummaryAggregator#seal} returns before showing the summary
 * built from it, and seals one round at a time, so nothing shown is ever missing from the stored ledger.
 *
 * <p>It must never be reset during a round: recounting the same answers into different blocks would let two
 * summaries differ by less than a block.
 */
public final class SummaryLedger {

    private static final SummaryLedger EMPTY = new SummaryLedger(Set.of(), List.of(), List.of());

    private final Set<SealedAnswer> sealedAnswers;
    private final List<AfterSessionBlock> afterSessionBlocks;
    private final List<JoiningToEndBlock> joiningToEndBlocks;

    private SummaryLedger(
            Set<SealedAnswer> sealedAnswers,
            List<AfterSessionBlock> afterSessionBlocks,
            List<JoiningToEndBlock> joiningToEndBlocks) {
        this.sealedAnswers = Set.copyOf(sealedAnswers);
        this.afterSessionBlocks = List.copyOf(afterSessionBlocks);
        this.joiningToEndBlocks = List.copyOf(joiningToEndBlocks);
    }

    /** A round nobody has asked a summary of yet. */
    public static SummaryLedger empty() {
        return EMPTY;
    }

    /** Restores a stored ledger. */
    public static SummaryLedger of(
            Collection<SealedAnswer> sealedAnswers,
            Collection<AfterSessionBlock> afterSessionBlocks,
            Collection<JoiningToEndBlock> joiningToEndBlocks) {
        return new SummaryLedger(
                new HashSet<>(sealedAnswers), new ArrayList<>(afterSessionBlocks), new ArrayList<>(joiningToEndBlocks));
    }

    public Set<SealedAnswer> sealedAnswers() {
        return sealedAnswers;
    }

    public List<AfterSessionBlock> afterSessionBlocks() {
        return afterSessionBlocks;
    }

    public List<JoiningToEndBlock> joiningToEndBlocks() {
        return joiningToEndBlocks;
    }

    /**
     * Drops a member's marks when they erase their data; call it in the same step that deletes their answers,
     * or those answers would be counted a second time. The blocks keep their sums: each is an anonymous
     * aggregate of at least three people that the owner may already have seen. Taking a block back would only be
     * safe if its other members were never counted again, so it would lose their answers and gain no privacy.
     */
    public SummaryLedger forget(String respondentId) {
        Set<SealedAnswer> kept = new HashSet<>(sealedAnswers);
        kept.removeIf(sealed -> sealed.respondentId().equals(respondentId));
        return new SummaryLedger(kept, afterSessionBlocks, joiningToEndBlocks);
    }

    boolean counts(ScaleAnswer answer) {
        return sealedAnswers.contains(SealedAnswer.of(answer));
    }

    SummaryLedger with(
            Collection<SealedAnswer> newlySealed,
            Collection<AfterSessionBlock> newAfterSessionBlocks,
            Collection<JoiningToEndBlock> newJoiningToEndBlocks) {
        Set<SealedAnswer> sealed = new HashSet<>(sealedAnswers);
        sealed.addAll(newlySealed);
        List<AfterSessionBlock> afterSessions = new ArrayList<>(afterSessionBlocks);
        afterSessions.addAll(newAfterSessionBlocks);
        List<JoiningToEndBlock> joiningToEnd = new ArrayList<>(joiningToEndBlocks);
        joiningToEnd.addAll(newJoiningToEndBlocks);
        return new SummaryLedger(sealed, afterSessions, joiningToEnd);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SummaryLedger that
                && sealedAnswers.equals(that.sealedAnswers)
                && afterSessionBlocks.equals(that.afterSessionBlocks)
                && joiningToEndBlocks.equals(that.joiningToEndBlocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sealedAnswers, afterSessionBlocks, joiningToEndBlocks);
    }

    @Override
    public String toString() {
        return "SummaryLedger[" + sealedAnswers.size() + " sealed answers, " + afterSessionBlocks.size()
                + " after-session blocks, " + joiningToEndBlocks.size() + " joining-to-end blocks]";
    }
}
