package org.mentoringbot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SummaryAggregatorTest {

    private static final double EXACT = 1e-9;

    @Nested
    class JoiningToEnd {

        @Test
        void with_two_people_who_answered_the_owner_sees_too_few_answers() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3);

            assertEquals(Change.TOO_FEW_ANSWERS, round.summary().joiningToEnd().overall());
        }

        @Test
        void with_three_people_who_answered_both_the_owner_sees_both_means_and_the_change() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5);

            Change.Shown shown = assertInstanceOf(Change.Shown.class, round.summary().joiningToEnd().overall());
            assertEquals(3, shown.respondentsCounted());
            assertEquals(2.0, shown.joiningMean(), EXACT);
            assertEquals(4.0, shown.endMean(), EXACT);
            assertEquals(2.0, shown.change(), EXACT);
        }

        @Test
        void someone_who_answered_only_at_joining_is_not_in_the_change() {
            RoundAnswers withoutHer = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5);
            RoundAnswers withHer = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .answer("siri", "blue", Occasion.JOINING, 5)
                    .joiningAndEnd("kari", "blue", 1, 5);

            assertEquals(withoutHer.summary(), withHer.summary());
        }

        @Test
        void the_fourth_and_fifth_person_do_not_move_the_figures_and_the_sixth_moves_them_by_a_block() {
            RoundAnswers round = new RoundAnswers(3, "blue");
            int[] counted = new int[6];
            int[][] answers = {{2, 4}, {3, 3}, {1, 5}, {4, 4}, {2, 5}, {5, 1}};
            for (int person = 0; person < answers.length; person++) {
                round.joiningAndEnd("p" + person, "blue", answers[person][0], answers[person][1]);
                counted[person] = round.summary().joiningToEnd().overall() instanceof Change.Shown shown
                        ? shown.respondentsCounted() : 0;
            }

            assertEquals(List.of(0, 0, 3, 3, 3, 6), List.of(counted[0], counted[1], counted[2], counted[3],
                    counted[4], counted[5]));
        }

        @Test
        void an_edit_to_an_answer_already_counted_does_not_move_the_summary() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5);
            ScaleSummary before = round.summary();

            round.answer("pia", "blue", Occasion.ROUND_END, 1);

            assertEquals(before, round.summary());
        }

        @Test
        void an_answer_edited_while_it_waits_for_its_block_is_counted_with_its_new_value() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3);
            round.summary();

            round.answer("pia", "blue", Occasion.ROUND_END, 1).joiningAndEnd("kari", "blue", 1, 5);

            Change.Shown shown = assertInstanceOf(Change.Shown.class, round.summary().joiningToEnd().overall());
            assertEquals(3.0, shown.endMean(), EXACT);
        }

        @Test
        void a_higher_threshold_makes_the_figures_move_in_steps_of_that_many_people() {
            RoundAnswers round = new RoundAnswers(5, "blue");
            for (int person = 1; person <= 4; person++) {
                round.joiningAndEnd("p" + person, "blue", 3, 4);
            }
            assertEquals(Change.TOO_FEW_ANSWERS, round.summary().joiningToEnd().overall());

            round.joiningAndEnd("p5", "blue", 3, 4);
            assertEquals(5, ((Change.Shown) round.summary().joiningToEnd().overall()).respondentsCounted());
        }

        @Test
        void the_two_scales_are_counted_apart() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .answer("kari", "blue", Scale.SAFETY_IN_DECISIONS, Occasion.JOINING, 1)
                    .answer("kari", "blue", Scale.SAFETY_IN_DECISIONS, Occasion.ROUND_END, 5);

            assertEquals(Change.TOO_FEW_ANSWERS, round.summary(Scale.MASTERY).joiningToEnd().overall());
            assertEquals(Change.TOO_FEW_ANSWERS, round.summary(Scale.SAFETY_IN_DECISIONS).joiningToEnd().overall());
        }
    }

    @Nested
    class AfterSessions {

        @Test
        void one_member_answering_after_three_sessions_is_still_too_few_answers() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .afterSession("pia", "blue", "s1", 2)
                    .afterSession("pia", "blue", "s2", 3)
                    .afterSession("pia", "blue", "s3", 4);

            assertEquals(Figure.TOO_FEW_ANSWERS, round.summary().afterSessions().overall());
        }

        @Test
        void three_members_answering_after_a_session_show_their_mean() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .afterSession("pia", "blue", "s1", 2)
                    .afterSession("ola", "blue", "s1", 3)
                    .afterSession("kari", "blue", "s1", 5);

            assertEquals(new Figure.Shown(3, 10.0 / 3), round.summary().afterSessions().overall());
        }

        @Test
        void repeat_answers_fill_blocks_of_different_people_in_the_order_given() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .afterSession("pia", "blue", "s1", 1)
                    .afterSession("pia", "blue", "s2", 1)
                    .afterSession("ola", "blue", "s1", 5)
                    .afterSession("ola", "blue", "s2", 5)
                    .afterSession("kari", "blue", "s1", 3);

            // Only {pia s1, ola s1, kari s1} is a full block of three people; pia s2 and ola s2 wait.
            assertEquals(new Figure.Shown(3, 3.0), round.summary().afterSessions().overall());
        }
    }

    @Nested
    class PerGroup {

        @Test
        void every_group_large_enough_shows_per_group_figures_that_add_up_to_the_whole() {
            RoundAnswers round = new RoundAnswers(3, "blue", "green")
                    .joiningAndEnd("pia", "blue", 1, 2)
                    .joiningAndEnd("ola", "blue", 1, 2)
                    .joiningAndEnd("kari", "blue", 1, 2)
                    .joiningAndEnd("siri", "green", 4, 5)
                    .joiningAndEnd("tor", "green", 4, 5)
                    .joiningAndEnd("liv", "green", 4, 5);

            Breakdown<Change> change = round.summary().joiningToEnd();

            assertFalse(change.perGroupSuppressed());
            assertEquals(Map.of("blue", new Change.Shown(3, 1.0, 2.0), "green", new Change.Shown(3, 4.0, 5.0)),
                    change.perGroup());
            assertEquals(new Change.Shown(6, 2.5, 3.5), change.overall());
        }

        @Test
        void one_group_too_small_hides_every_group_but_keeps_the_overall() {
            RoundAnswers round = new RoundAnswers(3, "blue", "green", "red")
                    .joiningAndEnd("pia", "blue", 1, 2)
                    .joiningAndEnd("ola", "blue", 1, 2)
                    .joiningAndEnd("kari", "blue", 1, 2)
                    .joiningAndEnd("siri", "green", 4, 5)
                    .joiningAndEnd("tor", "green", 4, 5)
                    .joiningAndEnd("liv", "green", 4, 5)
                    .joiningAndEnd("ada", "red", 3, 3)
                    .joiningAndEnd("bo", "red", 3, 3);

            Breakdown<Change> change = round.summary().joiningToEnd();

            assertTrue(change.perGroupSuppressed());
            assertTrue(change.perGroup().isEmpty());
            assertEquals(new Change.Shown(6, 2.5, 3.5), change.overall());
        }

        @Test
        void the_small_group_cannot_be_backed_out_of_the_total_because_it_is_not_in_it() {
            RoundAnswers low = largeGroupsAnd("ada", 1, "bo", 1);
            RoundAnswers high = largeGroupsAnd("ada", 5, "bo", 5);

            assertEquals(low.summary(), high.summary());
        }

        @Test
        void a_group_where_nobody_answered_keeps_per_group_figures_hidden() {
            RoundAnswers round = new RoundAnswers(3, "blue", "silent")
                    .joiningAndEnd("pia", "blue", 1, 2)
                    .joiningAndEnd("ola", "blue", 1, 2)
                    .joiningAndEnd("kari", "blue", 1, 2);

            assertTrue(round.summary().joiningToEnd().perGroupSuppressed());
        }

        @Test
        void a_block_never_mixes_groups() {
            RoundAnswers round = new RoundAnswers(3, "blue", "green")
                    .joiningAndEnd("pia", "blue", 1, 2)
                    .joiningAndEnd("ola", "blue", 1, 2)
                    .joiningAndEnd("siri", "green", 4, 5);

            assertEquals(Change.TOO_FEW_ANSWERS, round.summary().joiningToEnd().overall());
        }

        private RoundAnswers largeGroupsAnd(String first, int firstValue, String second, int secondValue) {
            return new RoundAnswers(3, "blue", "green", "red")
                    .joiningAndEnd("pia", "blue", 1, 2)
                    .joiningAndEnd("ola", "blue", 2, 2)
                    .joiningAndEnd(first, "red", firstValue, firstValue)
                    .joiningAndEnd("kari", "blue", 3, 2)
                    .joiningAndEnd("siri", "green", 4, 5)
                    .joiningAndEnd(second, "red", secondValue, secondValue)
                    .joiningAndEnd("tor", "green", 4, 4)
                    .joiningAndEnd("liv", "green", 4, 3);
        }
    }

    @Nested
    class Ledger {

        @Test
        void a_ledger_restored_from_storage_gives_the_same_summary() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5)
                    .afterSession("pia", "blue", "s1", 2)
                    .afterSession("ola", "blue", "s1", 3)
                    .afterSession("kari", "blue", "s1", 5);
            ScaleSummary shown = round.summary();
            SummaryLedger stored = round.ledger();

            SummaryLedger restored = SummaryLedger.of(
                    stored.sealedAnswers(), stored.afterSessionBlocks(), stored.joiningToEndBlocks());

            assertEquals(shown, new SummaryAggregator(PrivacyThreshold.DEFAULT)
                    .summarize(restored, Scale.MASTERY, Set.of("blue")));
        }

        @Test
        void a_ledger_that_forgets_a_member_holds_nothing_of_theirs_but_keeps_the_anonymous_sums() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5);
            ScaleSummary before = round.summary();

            round.erase("pia");

            assertTrue(round.ledger().sealedAnswers().stream().noneMatch(sealed -> sealed.respondentId().equals("pia")));
            assertEquals(before, round.summary());
        }

        @Test
        void the_same_answer_twice_is_refused() {
            Instant now = Instant.parse("2026-01-05T08:00:00Z");
            List<ScaleAnswer> twice = List.of(
                    new ScaleAnswer("pia", "blue", Scale.MASTERY, Occasion.JOINING, 2, now),
                    new ScaleAnswer("pia", "blue", Scale.MASTERY, Occasion.JOINING, 5, now.plusSeconds(60)));

            assertThrows(IllegalArgumentException.class,
                    () -> new SummaryAggregator(PrivacyThreshold.DEFAULT).seal(SummaryLedger.empty(), twice));
        }

        @Test
        void a_stored_block_of_fewer_than_three_people_is_refused() {
            assertThrows(IllegalArgumentException.class,
                    () -> new JoiningToEndBlock(Scale.MASTERY, "blue", 2, 4, 8));
            assertThrows(IllegalArgumentException.class,
                    () -> new AfterSessionBlock(Scale.MASTERY, "blue", 3, 16));
        }

        @Test
        void after_the_threshold_is_raised_a_cell_of_older_smaller_blocks_is_hidden() {
            RoundAnswers round = new RoundAnswers(3, "blue")
                    .joiningAndEnd("pia", "blue", 2, 4)
                    .joiningAndEnd("ola", "blue", 3, 3)
                    .joiningAndEnd("kari", "blue", 1, 5);
            assertInstanceOf(Change.Shown.class, round.summary().joiningToEnd().overall());

            ScaleSummary atFive = new SummaryAggregator(PrivacyThreshold.of(5))
                    .summarize(round.ledger(), Scale.MASTERY, Set.of("blue"));

            assertEquals(Change.TOO_FEW_ANSWERS, atFive.joiningToEnd().overall());
        }
    }
}
