package org.mentoringbot.core.summary;

/**
 * What an owner sees of one scale in a round summary.
 *
 * @param afterSessions the mean of the answers given after sessions
 * @param joiningToEnd joining and end means over the people who answered both, and the change between them
 */
public record ScaleSummary(Scale scale, Breakdown<Figure> afterSessions, Breakdown<Change> joiningToEnd) {
}
