package dev.limber.web.view;

import dev.limber.web.client.ProgramRecords;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Geometry for the charts the pages draw as inline SVG on the server, so they work without JavaScript.
 * Each chart also renders as a table for screen readers; the SVG is the picture of the same numbers.
 */
public final class Charts {

    static final int WIDTH = 320;
    static final int HEIGHT = 140;
    static final int TOP = 10;
    static final int BOTTOM = 24;
    static final int LEFT = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private Charts() {
    }

    /** One weekly bar: its box, its label under the axis and the value it stands for. */
    public record Bar(int x, int y, int width, int height, int labelX, String label, String value, boolean none) {
    }

    public record BarChart(int width, int height, int baseline, List<Bar> bars) {
    }

    public record Point(int x, int y, String label, int value) {
    }

    /** Pain after each session (0-10) as a line, oldest first; {@code path} is the SVG polyline. */
    public record LineChart(int width, int height, int baseline, List<Point> points, String path, int zeroY,
            int fiveY, int tenY) {
    }

    /** Adherence per week, 0-100 %; a week with nothing prescribed shows as a dash, not as zero. */
    public static BarChart adherence(List<ProgramRecords.Week> weeks) {
        int plot = WIDTH - LEFT;
        int slot = weeks.isEmpty() ? plot : plot / weeks.size();
        int barWidth = Math.max(4, slot * 2 / 3);
        int baseline = HEIGHT - BOTTOM;
        int span = baseline - TOP;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            ProgramRecords.Week w = weeks.get(i);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int h = w.percent() == null ? 0 : Math.round(span * Math.min(100, w.percent()) / 100f);
            bars.add(new Bar(x, baseline - h, barWidth, h, x + barWidth / 2, w.weekStart().format(DAY),
                    w.percent() == null ? "nothing prescribed" : w.percent() + "%", w.percent() == null));
        }
        return new BarChart(WIDTH, HEIGHT, baseline, bars);
    }

    /** Pain after the last {@code max} sessions, 0-10. */
    public static LineChart pain(List<ProgramRecords.Session> sessions, int max) {
        List<ProgramRecords.Session> shown = sessions.stream()
                .sorted(Comparator.comparing(ProgramRecords.Session::performedAt)).toList();
        if (shown.size() > max) {
            shown = shown.subList(shown.size() - max, shown.size());
        }
        int baseline = HEIGHT - BOTTOM;
        int span = baseline - TOP;
        int plot = WIDTH - LEFT - 8;
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            ProgramRecords.Session s = shown.get(i);
            int x = LEFT + 4 + (shown.size() == 1 ? plot / 2 : i * plot / (shown.size() - 1));
            int y = baseline - Math.round(span * s.painAfter() / 10f);
            points.add(new Point(x, y, s.localDay().format(DAY), s.painAfter()));
            path.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return new LineChart(WIDTH, HEIGHT, baseline, points, path.toString(), baseline, baseline - span / 2, TOP);
    }
}
