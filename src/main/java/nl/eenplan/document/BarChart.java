package nl.eenplan.document;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, without scripts or styles: one bar per label, its value written
 * beside it. A value that is not shown (null, for example a suppressed count) gets no bar and the text
 * given for it. Pages and PDF documents draw it the same way; always show the same figures in a table.
 */
public final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 220;
    private static final int ROW = 28;

    private BarChart() {}

    /**
     * @param id unique on the page, for the title's and description's ids
     * @param values one per label; null draws no bar
     * @param texts the text written beside each bar (the value as the page shows it, or "&lt;5")
     */
    public static String svg(
            String id, String title, String description, List<String> labels, List<Double> values, List<String> texts) {
        var max = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        var height = ROW * labels.size() + 8;
        var svg = Svg.open(id, title, description, WIDTH, height);
        var room = WIDTH - LABEL - 70;
        for (int i = 0; i < labels.size(); i++) {
            var y = 4 + i * ROW;
            var value = values.get(i);
            var length = value == null || max <= 0 ? 0 : Math.max(1, value / max * room);
            svg.append("<text class=\"chart-label\" x=\"")
                    .append(LABEL - 8)
                    .append("\" y=\"")
                    .append(y + 18)
                    .append("\" text-anchor=\"end\">")
                    .append(Svg.escape(labels.get(i)))
                    .append("</text>");
            if (length > 0) {
                svg.append("<rect class=\"chart-bar\" x=\"")
                        .append(LABEL)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(Svg.number(length))
                        .append("\" height=\"")
                        .append(ROW - 8)
                        .append("\"/>");
            }
            svg.append("<text class=\"chart-value\" x=\"")
                    .append(Svg.number(LABEL + length + 6))
                    .append("\" y=\"")
                    .append(y + 18)
                    .append("\">")
                    .append(Svg.escape(texts.get(i)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
