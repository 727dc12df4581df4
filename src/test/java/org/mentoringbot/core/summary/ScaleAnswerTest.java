package org.mentoringbot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleAnswerTest {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 10, Integer.MAX_VALUE})
    void a_reflection_value_outside_one_to_five_is_rejected(int value) {
        assertThrows(IllegalArgumentException.class,
                () -> new ScaleAnswer("pia", "blue", Scale.MASTERY, Occasion.JOINING, value, NOW));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void every_value_on_the_scale_is_accepted(int value) {
        assertEquals(value, new ScaleAnswer("pia", "blue", Scale.MASTERY, Occasion.JOINING, value, NOW).value());
    }

    @Test
    void an_answer_without_a_respondent_or_group_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScaleAnswer(" ", "blue", Scale.MASTERY, Occasion.JOINING, 3, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ScaleAnswer("pia", "", Scale.MASTERY, Occasion.JOINING, 3, NOW));
        assertThrows(IllegalArgumentException.class, () -> Occasion.afterSession(" "));
    }

    // The summary can't show a note or an author it never receives; this fails if someone adds one.
    @Test
    void the_inputs_have_no_room_for_a_note_or_an_author() {
        assertEquals(List.of("respondentId", "groupId", "scale", "occasion", "value", "answeredAt"),
                componentNames(ScaleAnswer.class));
        assertEquals(List.of("theme"), componentNames(TopicTheme.class));
        assertEquals(List.of("groupId", "invited", "present"), componentNames(HeldSession.class));
        assertEquals(List.of("groupId", "members"), componentNames(GroupRoster.class));
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(component -> component.getName()).toList();
    }
}
