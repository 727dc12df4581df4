package org.mentoringbot.core.summary;

/**
 * How a scale moved from joining to the end of the round among the same people, or the reason it is not shown.
 */
public sealed interface Change permits Change.Shown, Change.TooFewAnswers {

    Change TOO_FEW_ANSWERS = new TooFewAnswers();

    /**
     * Means at joining and at the end over the same respondents, those who answered both.
     *
     * @param respondentsCounted a whole number of sealed blocks, so it trails the number of people who answered
     *     both by up to a block per group
     */
    record Shown(int respondentsCounted, double joiningMean, double endMean) implements Change {

        public double change() {
            return endMean - joiningMean;
        }
    }

    /** Fewer people than the privacy threshold are behind this cell, so nothing about it is shown. */
    record TooFewAnswers() implements Change {
    }
}
