package org.mentoringbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** mentoring.evaluation.window: how long members have for the end-of-round reflection. */
class EvaluationWindowSettingTest {
    @Test
    void twoWeeksUnlessSaidOtherwise() {
        assertEquals(Duration.ofDays(14), Settings.load(Map.of()).evaluationWindow());
    }

    @Test
    void theEnvironmentSetsIt() {
        assertEquals(Duration.ofDays(21), Settings.load(Map.of("MENTORING_EVALUATION_WINDOW", "P21D")).evaluationWindow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"14", "two weeks", "PT1H", "-P14D"})
    void somethingElseIsExplainedInOneLine(String value) {
        var e = assertThrows(SettingsException.class, () -> Settings.load(Map.of("MENTORING_EVALUATION_WINDOW", value)));

        assertTrue(e.getMessage().contains("mentoring.evaluation.window (MENTORING_EVALUATION_WINDOW)")
                && e.getMessage().contains("P14D") && e.getMessage().contains(value), e.getMessage());
    }
}
