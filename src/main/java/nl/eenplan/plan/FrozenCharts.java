package nl.eenplan.plan;

import java.util.List;
import java.util.Locale;
import nl.eenplan.document.RadarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * PL-4, PL-9: draws the figures of a {@link FrozenSection} as a radar chart (levels 1..5) for the pages and
 * the PDF copy, an axis for each of its first lines; templates call it as {@code @frozenCharts}, as they
 * may not call static code.
 */
@Component("frozenCharts")
public class FrozenCharts {

    /** The highest level of the charts' scale. */
    public static final int MAX = 5;

    private final MessageSource messages;

    FrozenCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** The names of the chart's axes in the reader's language: the labels of the section's first lines. */
    public List<String> axes(FrozenSection section, Locale locale) {
        return section.lines().subList(0, section.axes()).stream()
                .map(line -> line.label().in(key -> messages.getMessage(key, null, key, locale)))
                .toList();
    }

    /** The chart's SVG, named {@code title}. */
    public String radar(String title, FrozenSection section, Locale locale) {
        return RadarChart.svg(title, axes(section, locale), section.figures(), MAX);
    }
}
