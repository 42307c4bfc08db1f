package nl.eenplan.audit;

import java.time.LocalDate;
import java.util.List;

/** The lines of one day (Dutch time) in a household's access log, newest first. */
public record AccessLogDay(LocalDate day, List<AccessLogLine> lines) {}
