package com.merchantonboarding.leads;

import com.merchantonboarding.leads.DashboardFigures.Activation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The geometry of the dashboard's SVG charts, computed here so that the Thymeleaf fragments only place what they
 * are given: a plot of fixed size, a y axis from 0 to a round maximum, weeks along the x axis.
 */
final class Charts {

    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    private Charts() {
    }

    record Tick(double position, String label) {
    }

    /** A vertical line across the plot with its label (a rule-set activation, the SLA). */
    record Marker(double x, String label, String title) {
    }

    /** A polyline (a run of weeks with values) and its points, each with a tooltip. */
    record Line(String points, List<Dot> dots) {
    }

    record Dot(double x, double y, String title) {
    }

    record Series(String name, String color, List<Line> lines) {
    }

    record LineChart(List<Tick> xTicks, List<Tick> yTicks, List<Series> series, List<Marker> markers) {
    }

    record Bar(double x, double y, double width, double height, String color, String title) {
    }

    record BarChart(List<Tick> xTicks, List<Tick> yTicks, List<Bar> bars, Marker sla) {
    }

    /** A series of weekly values (null: no value that week). */
    record WeeklySeries(String name, String color, List<Double> values) {
    }

    static LineChart weekly(DashboardPeriod period, List<WeeklySeries> series, List<Activation> activations,
                            Function<Double, String> format) {
        return weekly(period, series, activations, format, roundUp(series.stream().flatMap(s -> s.values().stream())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0)));
    }

    /** A weekly chart with a fixed top of the y axis (100 for a rate in per cent). */
    static LineChart weekly(DashboardPeriod period, List<WeeklySeries> series, List<Activation> activations,
                            Function<Double, String> format, double max) {
        double step = (double) PLOT_WIDTH / period.weeks();
        List<Series> drawn = new ArrayList<>();
        for (WeeklySeries s : series) {
            List<Line> lines = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (int week = 0; week <= s.values().size(); week++) {
                Double value = week < s.values().size() ? s.values().get(week) : null;
                if (value == null) {
                    if (!dots.isEmpty()) {
                        lines.add(new Line(points.toString().strip(), List.copyOf(dots)));
                        points.setLength(0);
                        dots.clear();
                    }
                    continue;
                }
                double x = round(LEFT + (week + 0.5) * step);
                double y = round(y(value, max));
                points.append(x).append(',').append(y).append(' ');
                dots.add(new Dot(x, y, s.name() + ", week of " + period.weekStart(week) + ": " + format.apply(value)));
            }
            drawn.add(new Series(s.name(), s.color(), lines));
        }
        return new LineChart(weekTicks(period), yTicks(max, format), drawn, markers(period, activations));
    }

    /** Bars side by side, one slot per category, each stacked from its parts (same order as {@code colors}). */
    static BarChart stacked(List<String> categories, List<long[]> parts, List<String> colors, List<String> names,
                            Marker sla) {
        double max = roundUp(parts.stream().mapToLong(p -> java.util.Arrays.stream(p).sum()).max().orElse(0));
        double step = (double) PLOT_WIDTH / categories.size();
        List<Bar> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            double x = LEFT + i * step + step * 0.15;
            double base = 0;
            for (int p = 0; p < parts.get(i).length; p++) {
                long value = parts.get(i)[p];
                if (value == 0) {
                    continue;
                }
                double top = y(base + value, max);
                bars.add(new Bar(round(x), round(top), round(step * 0.7), round(y(base, max) - top), colors.get(p),
                        categories.get(i) + ", " + names.get(p) + ": " + value));
                base += value;
            }
            xTicks.add(new Tick(round(LEFT + (i + 0.5) * step), categories.get(i)));
        }
        return new BarChart(xTicks, yTicks(max, v -> String.valueOf(Math.round(v))), bars, sla);
    }

    /** A row of a horizontal bar chart: its label and its stacked parts. */
    record Row(String label, double y, List<Bar> bars, long total) {
    }

    /** Horizontal stacked bars, one row per category, scaled to the largest total. */
    static List<Row> horizontal(List<String> categories, List<long[]> parts, List<String> colors, List<String> names,
                                int labelWidth, int width, int rowHeight) {
        double max = parts.stream().mapToLong(p -> java.util.Arrays.stream(p).sum()).max().orElse(0);
        double room = width - labelWidth - 48;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            double x = labelWidth;
            double y = i * rowHeight + 4;
            List<Bar> bars = new ArrayList<>();
            long total = 0;
            for (int p = 0; p < parts.get(i).length; p++) {
                long value = parts.get(i)[p];
                total += value;
                if (value == 0) {
                    continue;
                }
                double w = max == 0 ? 0 : value / max * room;
                bars.add(new Bar(round(x), y, round(w), rowHeight - 8, colors.get(p),
                        categories.get(i) + ", " + names.get(p) + ": " + value));
                x += w;
            }
            rows.add(new Row(categories.get(i), y, bars, total));
        }
        return rows;
    }

    static List<Marker> markers(DashboardPeriod period, List<Activation> activations) {
        return activations.stream().map(a -> new Marker(round(LEFT + period.position(a.activatedAt()) * PLOT_WIDTH),
                a.label(), "Rule set " + a.label() + " (" + a.versionId() + ") active from " + a.activatedAt()))
                .toList();
    }

    private static List<Tick> weekTicks(DashboardPeriod period) {
        double step = (double) PLOT_WIDTH / period.weeks();
        int every = Math.max(1, (int) Math.ceil(period.weeks() / 12.0));
        List<Tick> ticks = new ArrayList<>();
        for (int week = 0; week < period.weeks(); week += every) {
            LocalDate start = period.weekStart(week);
            ticks.add(new Tick(round(LEFT + (week + 0.5) * step), start.format(DAY)));
        }
        return ticks;
    }

    private static List<Tick> yTicks(double max, Function<Double, String> format) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            ticks.add(new Tick(round(y(value, max)), format.apply(value)));
        }
        return ticks;
    }

    private static double y(double value, double max) {
        return TOP + PLOT_HEIGHT - (max == 0 ? 0 : value / max * PLOT_HEIGHT);
    }

    /**
     * The top of the y axis: at least the value, at least 4, and 1.2, 2, 4, 8 or 12 times a power of ten, so that its
     * quarters (the grid lines) are round numbers.
     */
    static double roundUp(double value) {
        if (value <= 4) {
            return 4;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1.2, 2, 4, 8, 12}) {
            if (factor * power >= value) {
                return Math.round(factor * power * 1000) / 1000.0;
            }
        }
        return 12 * power;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
