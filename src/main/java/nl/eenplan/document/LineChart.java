package nl.eenplan.document;

import java.util.List;

/**
 * A line chart as inline SVG, without scripts or styles: one line per series over the same points (for
 * example months), each series with its own class ({@code chart-line-0}, ...) and a legend. A value
 * that is not shown (null) breaks the line there. Always show the same figures in a table.
 */
public final class LineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int TOP = 12;
    private static final int PLOT_HEIGHT = 170;

    private LineChart() {}

    /**
     * @param points the labels along the axis (for example "2026-01")
     * @param names the name of each series, for the legend
     * @param series per series one value per point; null leaves a gap
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<String> points,
            List<String> names,
            List<List<Double>> series) {
        var max = series.stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        var top = max <= 0 ? 1 : max;
        var plotWidth = WIDTH - LEFT - 16;
        var step = points.size() < 2 ? 0 : (double) plotWidth / (points.size() - 1);
        var svg = Svg.open(id, title, description, WIDTH, HEIGHT);
        var bottom = TOP + PLOT_HEIGHT;
        svg.append("<line class=\"chart-axis\" x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(bottom);
        svg.append("\" x2=\"")
                .append(LEFT + plotWidth)
                .append("\" y2=\"")
                .append(bottom)
                .append("\"/>");
        svg.append("<text class=\"chart-label\" x=\"")
                .append(LEFT - 6)
                .append("\" y=\"")
                .append(TOP + 10);
        svg.append("\" text-anchor=\"end\">").append(Svg.escape(Svg.number(max).replaceAll("\\.0$", "")));
        svg.append("</text>");
        for (int i = 0; i < points.size(); i++) {
            if (points.size() <= 12 || i % 3 == 0) {
                svg.append("<text class=\"chart-label\" x=\"").append(Svg.number(LEFT + i * step));
                svg.append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\">");
                svg.append(Svg.escape(points.get(i))).append("</text>");
            }
        }
        for (int s = 0; s < series.size(); s++) {
            var path = new StringBuilder();
            var move = true;
            for (int i = 0; i < points.size(); i++) {
                var value = series.get(s).get(i);
                if (value == null) {
                    move = true;
                    continue;
                }
                path.append(move ? "M" : "L")
                        .append(Svg.number(LEFT + i * step))
                        .append(' ');
                path.append(Svg.number(bottom - value / top * PLOT_HEIGHT)).append(' ');
                move = false;
            }
            if (!path.isEmpty()) {
                svg.append("<path class=\"chart-line chart-line-").append(s).append("\" d=\"");
                svg.append(path.toString().strip()).append("\"/>");
            }
            var legendY = bottom + 36 + (s / 2) * 18;
            var legendX = LEFT + (s % 2) * 280;
            svg.append("<rect class=\"chart-key chart-line-")
                    .append(s)
                    .append("\" x=\"")
                    .append(legendX);
            svg.append("\" y=\"").append(legendY - 9).append("\" width=\"14\" height=\"4\"/>");
            svg.append("<text class=\"chart-label\" x=\"")
                    .append(legendX + 20)
                    .append("\" y=\"")
                    .append(legendY);
            svg.append("\">").append(Svg.escape(names.get(s))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
