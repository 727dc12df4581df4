package org.mentoringbot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivitySummaryTest {

    private final SummaryAggregator aggregator = new SummaryAggregator(PrivacyThreshold.DEFAULT);

    @Test
    void the_owner_sees_how_many_took_part_in_how_many_groups_and_sessions() {
        ActivitySummary activity = aggregator.summarizeActivity(
                List.of(new GroupRoster("blue", 5), new GroupRoster("green", 2)),
                List.of(new HeldSession("blue", 5, 4), new HeldSession("blue", 5, 5), new HeldSession("green", 2, 2)),
                List.of());

        assertEquals(7, activity.participants());
        assertEquals(2, activity.groups());
        assertEquals(3, activity.sessionsHeld());
    }

    @Test
    void with_every_group_large_enough_the_owner_sees_attendance_per_group() {
        ActivitySummary activity = aggregator.summarizeActivity(
                List.of(new GroupRoster("blue", 5), new GroupRoster("green", 4)),
                List.of(new HeldSession("blue", 5, 4), new HeldSession("blue", 5, 5), new HeldSession("green", 4, 2)),
                List.of());

        assertFalse(activity.attendance().perGroupSuppressed());
        assertEquals(Map.of("blue", new AttendanceRate.Shown(0.9), "green", new AttendanceRate.Shown(0.5)),
                activity.attendance().perGroup());
        assertEquals(new AttendanceRate.Shown(11.0 / 14), activity.attendance().overall());
    }

    @Test
    void a_group_of_two_hides_attendance_per_group_and_is_left_out_of_the_overall_rate() {
        List<GroupRoster> rosters = List.of(new GroupRoster("blue", 5), new GroupRoster("pair", 2));
        ActivitySummary bothCame = aggregator.summarizeActivity(rosters,
                List.of(new HeldSession("blue", 5, 4), new HeldSession("pair", 2, 2)), List.of());
        ActivitySummary neitherCame = aggregator.summarizeActivity(rosters,
                List.of(new HeldSession("blue", 5, 4), new HeldSession("pair", 2, 0)), List.of());

        assertTrue(bothCame.attendance().perGroupSuppressed());
        assertTrue(bothCame.attendance().perGroup().isEmpty());
        assertEquals(new AttendanceRate.Shown(0.8), bothCame.attendance().overall());
        assertEquals(bothCame.attendance(), neitherCame.attendance());
    }

    @Test
    void with_only_small_groups_the_owner_sees_no_attendance_at_all() {
        ActivitySummary activity = aggregator.summarizeActivity(
                List.of(new GroupRoster("pair", 2)), List.of(new HeldSession("pair", 2, 1)), List.of());

        assertEquals(AttendanceRate.TOO_FEW_MEMBERS, activity.attendance().overall());
    }

    @Test
    void a_session_of_a_group_missing_from_the_rosters_counts_as_a_small_group() {
        ActivitySummary activity = aggregator.summarizeActivity(
                List.of(new GroupRoster("blue", 5)),
                List.of(new HeldSession("blue", 5, 5), new HeldSession("gone", 3, 1)),
                List.of());

        assertTrue(activity.attendance().perGroupSuppressed());
        assertEquals(new AttendanceRate.Shown(1.0), activity.attendance().overall());
    }

    @Test
    void before_any_session_attendance_says_none_were_held() {
        ActivitySummary activity = aggregator.summarizeActivity(
                List.of(new GroupRoster("blue", 5)), List.of(), List.of());

        assertEquals(AttendanceRate.NO_SESSIONS_HELD, activity.attendance().overall());
        assertFalse(activity.attendance().perGroupSuppressed());
    }

    @Test
    void a_theme_proposed_once_is_counted_like_any_other() {
        ActivitySummary activity = aggregator.summarizeActivity(List.of(), List.of(), List.of(
                new TopicTheme("parent meetings"), new TopicTheme("classroom calm"),
                new TopicTheme("parent meetings")));

        assertEquals(Map.of("classroom calm", 1, "parent meetings", 2), activity.topicThemes());
    }

    @Test
    void impossible_inputs_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new HeldSession("blue", 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new HeldSession("blue", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GroupRoster("blue", -1));
        assertThrows(IllegalArgumentException.class, () -> aggregator.summarizeActivity(
                List.of(new GroupRoster("blue", 5), new GroupRoster("blue", 4)), List.of(), List.of()));
    }
}
