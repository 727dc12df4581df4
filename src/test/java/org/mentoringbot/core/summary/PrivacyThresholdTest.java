package org.mentoringbot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyThresholdTest {

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -3, 0, 1, 2})
    void a_configured_threshold_below_three_is_raised_to_three(int configured) {
        assertEquals(3, PrivacyThreshold.of(configured).minRespondents());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 12})
    void a_configured_threshold_of_three_or_more_is_kept(int configured) {
        assertEquals(configured, PrivacyThreshold.of(configured).minRespondents());
    }

    @Test
    void the_default_is_three() {
        assertEquals(3, PrivacyThreshold.DEFAULT.minRespondents());
    }
}
