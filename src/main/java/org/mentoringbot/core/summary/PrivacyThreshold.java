package org.mentoringbot.core.summary;

/**
 * The least number of distinct people behind any figure an owner sees ({@code privacy.min-respondents}).
 * Configuration can only raise it: a value below {@value #FLOOR} is taken as {@value #FLOOR}, because with two
 * people each one can read the other's answer off the mean.
 */
public final class PrivacyThreshold {

    public static final int FLOOR = 3;
    public static final PrivacyThreshold DEFAULT = new PrivacyThreshold(FLOOR);

    private final int minRespondents;

    private PrivacyThreshold(int minRespondents) {
        this.minRespondents = minRespondents;
    }

    public static PrivacyThreshold of(int configured) {
        return new PrivacyThreshold(Math.max(FLOOR, configured));
    }

    public int minRespondents() {
        return minRespondents;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrivacyThreshold that && that.minRespondents == minRespondents;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(minRespondents);
    }

    @Override
    public String toString() {
        return "PrivacyThreshold[" + minRespondents + "]";
    }
}
