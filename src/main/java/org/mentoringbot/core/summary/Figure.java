package org.mentoringbot.core.summary;

/** A mean of answers as the owner sees it, or the reason it is not shown. */
public sealed interface Figure permits Figure.Shown, Figure.TooFewAnswers {

    Figure TOO_FEW_ANSWERS = new TooFewAnswers();

    /**
     * A mean over the counted answers.
     *
     * @param answersCounted how many answers the mean is over: a whole number of sealed blocks, so it trails the
     *     number of answers given by up to a block per group
     */
    record Shown(int answersCounted, double mean) implements Figure {
    }

    /** Fewer people than the privacy threshold are behind this cell, so nothing about it is shown. */
    record TooFewAnswers() implements Figure {
    }
}
