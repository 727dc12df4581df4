package org.mentoringbot.usecase;

/**
 * Which group a leader means: by its id (from a form or a button, so a stale one from an earlier
 * round is noticed), by its number in the round (typed), or neither (the one group they lead).
 */
public record GroupChoice(Long groupId, Integer groupNumber) {
    public static GroupChoice unsaid() {
        return new GroupChoice(null, null);
    }

    public static GroupChoice number(Integer groupNumber) {
        return new GroupChoice(null, groupNumber);
    }

    public static GroupChoice id(long groupId) {
        return new GroupChoice(groupId, null);
    }
}
