package org.mentoringbot.core.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's current answer on one scale at one occasion. It deliberately has no field for the free-text note
 * of a reflection: notes never reach this package, so no summary can show one.
 *
 * @param respondentId who answered; used only to count distinct people and to recognise an edit
 * @param groupId the group the respondent belonged to when answering
 * @param value 1 to 5
 * @param answeredAt when the answer was first given; orders the answers that wait to be counted
 */
public record ScaleAnswer(
        String respondentId, String groupId, Scale scale, Occasion occasion, int value, Instant answeredAt) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public ScaleAnswer {
        requireNonBlank(respondentId, "respondentId");
        requireNonBlank(groupId, "groupId");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException(
                    "a reflection value is between " + LOWEST + " and " + HIGHEST + ", was " + value);
        }
    }

    private static void requireNonBlank(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
