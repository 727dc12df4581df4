package org.mentoringbot.chart;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a round summary's two scales, sense of mastery and feeling safe in decisions, as a small
 * PNG bar chart: the baseline beside the end of the round.
 */
public final class SummaryChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 360;
    private static final double LOWEST_SCORE = 1;
    private static final double HIGHEST_SCORE = 5;
    static final Color BASELINE = new Color(0x9AA9B8);
    static final Color END_OF_ROUND = new Color(0x2A7F8F);

    static {
        // The bot runs on servers without a display; AWT must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SummaryChart() {
    }

    /**
     * What the chart shows, with every label already in the reader's language.
     *
     * <p>A score is an average on the 1–5 scale, or {@code null} when too few answered: that bar
     * is left out rather than drawn as 0.
     *
     * @param locale formats the numbers on the bars, e.g. 3,5 in Norwegian
     */
    public record Scores(
            String title,
            String baselineLabel,
            String endOfRoundLabel,
            String masteryLabel,
            String safetyLabel,
            Locale locale,
            Double masteryAtBaseline,
            Double masteryAtEndOfRound,
            Double safetyAtBaseline,
            Double safetyAtEndOfRound) {

        public Scores {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(baselineLabel, "baselineLabel");
            Objects.requireNonNull(endOfRoundLabel, "endOfRoundLabel");
            Objects.requireNonNull(masteryLabel, "masteryLabel");
            Objects.requireNonNull(safetyLabel, "safetyLabel");
            Objects.requireNonNull(locale, "locale");
            // The chart keys bars by label, so equal labels would draw two bars as one.
            if (baselineLabel.equals(endOfRoundLabel) || masteryLabel.equals(safetyLabel)) {
                throw new IllegalArgumentException("series and category labels must differ");
            }
            requireOnScale(masteryAtBaseline);
            requireOnScale(masteryAtEndOfRound);
            requireOnScale(safetyAtBaseline);
            requireOnScale(safetyAtEndOfRound);
        }

        private static void requireOnScale(Double score) {
            // Rejecting 0 keeps "too few answers" from sneaking in as a zero-height bar.
            if (score != null && !(score >= LOWEST_SCORE && score <= HIGHEST_SCORE)) {
                throw new IllegalArgumentException("score outside 1–5: " + score);
            }
        }
    }

    /** Returns the chart as PNG bytes, {@value #WIDTH}×{@value #HEIGHT} pixels. */
    public static byte[] png(Scores scores) {
        JFreeChart chart = ChartFactory.createBarChart(scores.title(), null, null, dataset(scores));
        theme().apply(chart);
        style((CategoryPlot) chart.getPlot(), scores.locale());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static DefaultCategoryDataset dataset(Scores scores) {
        // Nulls are added too: they keep every category and series in place, and JFreeChart
        // draws no bar for them.
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(scores.masteryAtBaseline(), scores.baselineLabel(), scores.masteryLabel());
        dataset.addValue(
                scores.masteryAtEndOfRound(), scores.endOfRoundLabel(), scores.masteryLabel());
        dataset.addValue(scores.safetyAtBaseline(), scores.baselineLabel(), scores.safetyLabel());
        dataset.addValue(
                scores.safetyAtEndOfRound(), scores.endOfRoundLabel(), scores.safetyLabel());
        return dataset;
    }

    private static StandardChartTheme theme() {
        // Logical font names, so any installed font with æøå will do (JFreeChart asks for Tahoma).
        StandardChartTheme theme = new StandardChartTheme("mentoring-bot", false);
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xD4D4D4));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static void style(CategoryPlot plot, Locale locale) {
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);

        NumberAxis scale = (NumberAxis) plot.getRangeAxis();
        scale.setRange(0, HIGHEST_SCORE);
        scale.setTickUnit(new NumberTickUnit(1));

        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, BASELINE);
        bars.setSeriesPaint(1, END_OF_ROUND);
        bars.setItemMargin(0.05);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setRoundingMode(RoundingMode.HALF_UP); // 4.25 reads as 4.3, as on paper
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal));
        bars.setDefaultItemLabelsVisible(true);
    }
}
