package nl.eenplan.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A radar chart as inline SVG, for pages and PDF copies alike: one axis per measure, rings for the levels
 * {@code 1..max}, one closed line per series (for example one assessment over time). The SVG is an image
 * with a name ({@code role="img"}, a {@code <title>}); pages show the same figures in a table beside it.
 * A value that is missing (null) is drawn at the centre and gets no dot.
 */
public final class RadarChart {

    /** The colours of the series, in order; dark enough against white. */
    static final List<String> COLOURS = List.of("#01689b", "#a90061", "#275937", "#673327", "#42145f", "#94710a");

    private static final double WIDTH = 760;
    private static final double HEIGHT = 520;
    private static final double CX = 380;
    private static final double CY = 230;
    private static final double RADIUS = 150;

    /** One line of the chart: its name (in the legend) and a value per axis, null where missing. */
    public record Series(String name, List<Integer> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private RadarChart() {}

    /** The chart's SVG: {@code axes} name the axes in order, each series has a value per axis. */
    public static String svg(String title, List<String> axes, List<Series> series, int max) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("a radar chart needs three axes or more");
        }
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ep-radar\" role=\"img\" width=\"")
                .append(num(WIDTH))
                .append("\" height=\"")
                .append(num(HEIGHT + 24 * series.size()))
                .append("\" viewBox=\"0 0 ")
                .append(num(WIDTH))
                .append(' ')
                .append(num(HEIGHT + 24 * series.size()))
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        for (var level = 1; level <= max; level++) {
            var ring = new ArrayList<double[]>();
            for (var i = 0; i < axes.size(); i++) {
                ring.add(point(i, axes.size(), level, max));
            }
            svg.append("<polygon points=\"").append(points(ring)).append("\" fill=\"none\" stroke=\"#b4b4b4\"/>");
        }
        for (var i = 0; i < axes.size(); i++) {
            var end = point(i, axes.size(), max, max);
            var label = point(i, axes.size(), max + 0.9, max);
            var anchor = Math.abs(label[0] - CX) < 10 ? "middle" : label[0] > CX ? "start" : "end";
            svg.append("<line x1=\"").append(num(CX)).append("\" y1=\"").append(num(CY));
            svg.append("\" x2=\"").append(num(end[0])).append("\" y2=\"").append(num(end[1]));
            svg.append("\" stroke=\"#b4b4b4\"/>");
            svg.append("<text x=\"").append(num(label[0])).append("\" y=\"").append(num(label[1] + 4));
            svg.append("\" font-size=\"12\" fill=\"#1a1a1a\" text-anchor=\"")
                    .append(anchor)
                    .append("\">");
            svg.append(escape(axes.get(i))).append("</text>");
        }
        for (var s = 0; s < series.size(); s++) {
            svg.append(line(series.get(s), axes.size(), max, COLOURS.get(s % COLOURS.size())));
            legend(svg, s, series.get(s).name());
        }
        return svg.append("</svg>").toString();
    }

    private static String line(Series series, int axes, int max, String colour) {
        var out = new StringBuilder();
        var corners = new ArrayList<double[]>();
        for (var i = 0; i < axes; i++) {
            var value = i < series.values().size() ? series.values().get(i) : null;
            corners.add(point(i, axes, value == null ? 0 : Math.clamp(value, 0, max), max));
        }
        out.append("<polygon class=\"ep-radar__series\" points=\"").append(points(corners));
        out.append("\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.12\" stroke=\"")
                .append(colour);
        out.append("\" stroke-width=\"2\"/>");
        for (var i = 0; i < axes; i++) {
            if (i < series.values().size() && series.values().get(i) != null) {
                out.append("<circle cx=\"").append(num(corners.get(i)[0])).append("\" cy=\"");
                out.append(num(corners.get(i)[1]))
                        .append("\" r=\"3.5\" fill=\"")
                        .append(colour)
                        .append("\"/>");
            }
        }
        return out.toString();
    }

    private static void legend(StringBuilder svg, int index, String name) {
        var y = HEIGHT - 8 + 24 * index;
        var colour = COLOURS.get(index % COLOURS.size());
        svg.append("<rect x=\"40\" y=\"").append(num(y - 11)).append("\" width=\"14\" height=\"14\" fill=\"");
        svg.append(colour).append("\"/>");
        svg.append("<text x=\"62\" y=\"").append(num(y)).append("\" font-size=\"13\" fill=\"#1a1a1a\">");
        svg.append(escape(name)).append("</text>");
    }

    /** The point of axis {@code i} of {@code n} at {@code value}, the first axis straight up. */
    private static double[] point(int i, int n, double value, int max) {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        var r = RADIUS * value / max;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static String points(List<double[]> corners) {
        var out = new StringBuilder();
        for (var c : corners) {
            out.append(out.isEmpty() ? "" : " ").append(num(c[0])).append(',').append(num(c[1]));
        }
        return out.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text as XML: no markup gets through. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
