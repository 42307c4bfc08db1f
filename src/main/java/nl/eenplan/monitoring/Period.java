package nl.eenplan.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * MON-1: the months a dashboard covers, first to last inclusive, in Dutch time; at most five years.
 */
public record Period(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 60;

    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    public Period {
        if (from == null || to == null || from.isAfter(to) || months(from, to) > MAX_MONTHS) {
            throw new BadPeriod();
        }
    }

    /** The period from the texts of a form or query ({@code 2026-01}); empty texts: the last twelve months. */
    public static Period parse(String from, String to, LocalDate today) {
        var last = blank(to) ? YearMonth.from(today) : month(to);
        var first = blank(from) ? last.minusMonths(11) : month(from);
        return new Period(first, last);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadPeriod();
        }
    }

    private static long months(YearMonth from, YearMonth to) {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endDay() {
        return to.plusMonths(1).atDay(1);
    }

    Instant start() {
        return firstDay().atStartOfDay(DUTCH).toInstant();
    }

    Instant end() {
        return endDay().atStartOfDay(DUTCH).toInstant();
    }

    /** Every month of the period, in order. */
    public List<YearMonth> months() {
        var months = new ArrayList<YearMonth>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** A period that cannot be read, ends before it starts or is longer than five years. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    public static class BadPeriod extends RuntimeException {
        BadPeriod() {
            super("monitoring.period.bad");
        }
    }
}
