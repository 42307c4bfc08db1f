package nl.eenplan.monitoring.web;

import java.text.NumberFormat;
import java.util.Locale;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.FigureRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a dashboard's figures read on the page and in downloads: counts as whole numbers, shares as
 * percentages, days with one decimal; a suppressed count as "&lt;5", a suppressed share or mean as
 * not shown.
 */
@Component
class FigureTexts {

    private final MessageSource messages;

    FigureTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(Cell cell, Locale locale) {
        if (cell.kind() == Cell.Kind.TEXT) {
            return cell.text();
        }
        if (cell.suppressed()) {
            return cell.kind() == Cell.Kind.COUNT ? "<5" : message("monitoring.notShown", locale);
        }
        if (cell.value() == null) {
            return "–";
        }
        return switch (cell.kind()) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(cell.count());
            case PERCENT -> NumberFormat.getPercentInstance(locale).format(cell.value());
            default -> {
                var format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(1);
                yield format.format(cell.value());
            }
        };
    }

    String label(FigureRow row, Locale locale) {
        return row.name() != null ? row.name() : message(row.labelKey(), locale);
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A message with its arguments filled in (numbers given as text, so a year reads 2026, not 2.026). */
    String message(String key, Locale locale, String... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
