package org.mentoringbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chart.SummaryChart.Scores;

class SummaryChartTest {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private static Scores norwegian(Double masteryBefore, Double masteryAfter,
            Double safetyBefore, Double safetyAfter) {
        return new Scores("Runde våren 2027: mestring og trygghet", "Før runden", "Etter runden",
                "Mestringsfølelse", "Trygghet i beslutninger", NORWEGIAN,
                masteryBefore, masteryAfter, safetyBefore, safetyAfter);
    }

    @Test
    void fullChartIsAPngOfTheExpectedSize() throws IOException {
        BufferedImage image = decode(SummaryChart.png(new Scores("Round summary", "Baseline",
                "End of round", "Sense of mastery", "Safety in decisions", Locale.ENGLISH,
                2.8, 3.9, 3.1, 4.2)));

        assertEquals(SummaryChart.WIDTH, image.getWidth());
        assertEquals(SummaryChart.HEIGHT, image.getHeight());
    }

    @Test
    void norwegianLabelsRender() throws IOException {
        BufferedImage image = decode(SummaryChart.png(norwegian(2.8, 3.9, 3.1, 4.2)));

        assertEquals(SummaryChart.WIDTH, image.getWidth());
    }

    @Test
    void chartWithTooFewAnswersEverywhereStillRenders() throws IOException {
        BufferedImage image = decode(SummaryChart.png(norwegian(null, null, null, null)));

        assertEquals(SummaryChart.WIDTH, image.getWidth());
        assertEquals(SummaryChart.HEIGHT, image.getHeight());
    }

    @Test
    void missingScoreLeavesItsBarOutInsteadOfDrawingIt() throws IOException {
        int full = pixelsOf(SummaryChart.BASELINE, norwegian(2.8, 3.9, 3.1, 4.2));
        int withoutSafety = pixelsOf(SummaryChart.BASELINE, norwegian(2.8, 3.9, null, 4.2));
        int legendOnly = pixelsOf(SummaryChart.BASELINE, norwegian(null, null, null, null));

        // Bars are as tall as their scores, so 2.8 of 5.9 should be left, plus the legend's swatch.
        assertTrue(legendOnly > 0 && legendOnly < 300, "legend swatch: " + legendOnly);
        double share = (withoutSafety - legendOnly) / (double) (full - legendOnly);
        assertEquals(2.8 / 5.9, share, 0.05);
    }

    @Test
    void zeroIsRejectedSoItCannotStandInForTooFewAnswers() {
        assertThrows(IllegalArgumentException.class, () -> norwegian(0.0, 3.0, 3.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> norwegian(3.0, 5.5, 3.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> norwegian(3.0, 3.0, Double.NaN, 3.0));
    }

    @Test
    void equalLabelsAreRejectedBecauseTheyWouldMergeBars() {
        assertThrows(IllegalArgumentException.class, () -> new Scores("t", "Same", "Same",
                "Mastery", "Safety", Locale.ENGLISH, 3.0, 3.0, 3.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> new Scores("t", "Before", "After",
                "Same", "Same", Locale.ENGLISH, 3.0, 3.0, 3.0, 3.0));
    }

    private static int pixelsOf(Color color, Scores scores) throws IOException {
        BufferedImage image = decode(SummaryChart.png(scores));
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotEquals(null, image, "not a readable image");
        return image;
    }
}
