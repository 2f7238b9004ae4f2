package dev.atlvs.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/** The report's chart types, built with JFreeChart and written as PNG. */
final class Charts {

    static final int WIDTH = 1000;
    private static final Paint[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
    private static final BasicStroke SOLID = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f);

    private Charts() {
    }

    /** A point of a percentile chart: {@code series} (e.g. p99) of {@code category} (an operation). */
    record Point(String category, String series, double value) {}

    /** A ratio with its interval, for the interval chart: {@code label} on the axis, {@code series} e.g. "p50". */
    record RatioPoint(String label, String series, double ratio, double low, double high) {}

    /** A line of a chart over client threads: {@code series} at each level, {@code dashed} for the second side of a pair. */
    record LinePoint(String series, int threads, double value, boolean dashed, int colour) {}

    /**
     * Percentiles per category on a logarithmic axis, one row per category (horizontal), one marker shape and colour
     * per percentile; the height grows with the number of categories.
     */
    static void percentiles(Path file, String title, List<Point> points, String unit) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Point point : points) {
            dataset.addValue(Math.max(point.value(), 0.1), point.series(), point.category());
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
        LogAxis values = logAxis(unit);
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(true);
        save(file, chart(title, plot, true), 160 + 24 * dataset.getColumnCount());
    }

    /** Ratios with their 95 % intervals as horizontal error bars, one row per ratio, a line at 1. */
    static void ratios(Path file, String title, List<String> labels, List<RatioPoint> points) throws IOException {
        XIntervalSeriesCollection dataset = new XIntervalSeriesCollection();
        List<String> series = points.stream().map(RatioPoint::series).distinct().toList();
        for (int s = 0; s < series.size(); s++) {
            XIntervalSeries intervals = new XIntervalSeries(series.get(s));
            double offset = series.size() == 1 ? 0 : -0.15 + 0.3 * s / (series.size() - 1);
            for (RatioPoint point : points) {
                if (point.series().equals(series.get(s))) {
                    intervals.add(point.ratio(), point.low(), point.high(), labels.indexOf(point.label()) + offset);
                }
            }
            dataset.addSeries(intervals);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        SymbolAxis rows = new SymbolAxis(null, labels.toArray(String[]::new));
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        rows.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis ratio = new NumberAxis("B / A (95 % interval)");
        // The range always shows 1 (no difference), with some room around the intervals.
        double low = Math.min(1, points.stream().mapToDouble(RatioPoint::low).min().orElse(1));
        double high = Math.max(1, points.stream().mapToDouble(RatioPoint::high).max().orElse(1));
        double margin = Math.max(0.05, 0.08 * (high - low));
        ratio.setRange(Math.max(0, low - margin), high + margin);
        ratio.setNumberFormatOverride(new DecimalFormat("0.00"));
        XYPlot plot = new XYPlot(dataset, ratio, rows, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addDomainMarker(one);
        save(file, chart(title, plot, true), 160 + 26 * labels.size());
    }

    /** Lines over the numbers of client threads; {@code logarithmic} for latencies. */
    static void overThreads(Path file, String title, List<LinePoint> points, String unit, boolean logarithmic) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (LinePoint point : points) {
            dataset.addValue(logarithmic ? Math.max(point.value(), 0.1) : point.value(), point.series(), Integer.valueOf(point.threads()));
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        ValueAxis values = logarithmic ? logAxis(unit) : new NumberAxis(unit);
        CategoryAxis threads = new CategoryAxis("client threads");
        threads.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        CategoryPlot plot = new CategoryPlot(dataset, threads, values, renderer);
        plot.setRangeGridlinesVisible(true);
        // After the theme, which clears the series' paints and strokes.
        JFreeChart chart = chart(title, plot, true);
        for (LinePoint point : points) {
            int series = dataset.getRowIndex(point.series());
            renderer.setSeriesStroke(series, point.dashed() ? DASHED : SOLID);
            renderer.setSeriesPaint(series, PALETTE[point.colour() % PALETTE.length]);
        }
        save(file, chart, 520);
    }

    private static LogAxis logAxis(String label) {
        return new RoundLogAxis(label);
    }

    /**
     * A logarithmic axis labelled at round values in plain numbers: 1, 2 and 5 times the powers of ten within its range,
     * or every multiple 1 to 9 of them where that gives fewer than three labels; minor ticks in between.
     */
    static final class RoundLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;
        private static final DecimalFormat FORMAT = new DecimalFormat("#,##0.#");

        RoundLogAxis(String label) {
            super(label);
            setSmallestValue(0.1);
            setMinorTickMarksVisible(true);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<Double> values = roundValues(getLowerBound(), getUpperBound(), new int[] {1, 2, 5});
            if (values.size() < 3) {
                values = roundValues(getLowerBound(), getUpperBound(), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            }
            TextAnchor anchor = RectangleEdge.LEFT.equals(edge) ? TextAnchor.CENTER_RIGHT
                    : RectangleEdge.RIGHT.equals(edge) ? TextAnchor.CENTER_LEFT
                    : RectangleEdge.TOP.equals(edge) ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
            List ticks = new ArrayList<>();
            for (double value : values) {
                ticks.add(new NumberTick(TickType.MAJOR, value, FORMAT.format(value), anchor, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }

        /** {@code multiples} of each power of ten from below {@code lower} to above {@code upper}, those within the range. */
        static List<Double> roundValues(double lower, double upper, int[] multiples) {
            List<Double> values = new ArrayList<>();
            for (int exponent = (int) Math.floor(Math.log10(Math.max(lower, 1e-3))); exponent <= (int) Math.ceil(Math.log10(upper)); exponent++) {
                for (int multiple : multiples) {
                    double value = multiple * Math.pow(10, exponent);
                    if (value >= lower && value <= upper) {
                        values.add(value);
                    }
                }
            }
            return values;
        }
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, legend);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
            category.setDomainGridlinePaint(Color.LIGHT_GRAY);
            if (category.getRenderer() instanceof LineAndShapeRenderer renderer && !renderer.getDefaultLinesVisible()) {
                for (int series = 0; series < category.getDataset().getRowCount(); series++) {
                    renderer.setSeriesPaint(series, PALETTE[series % PALETTE.length]);
                }
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            for (int series = 0; series < xy.getDataset().getSeriesCount(); series++) {
                xy.getRenderer().setSeriesPaint(series, PALETTE[series % PALETTE.length]);
            }
        }
        return chart;
    }

    private static void save(Path file, JFreeChart chart, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, Math.max(320, height));
    }
}
