package nl.eenplan.audit;

import java.time.ZonedDateTime;

/**
 * One line of a household's access log as the household reads it: when (Dutch time), who, what
 * ({@code eventKey}, a message key), and about which member when the entry is about one.
 */
public record AccessLogLine(ZonedDateTime when, LogPerson who, boolean you, String eventKey, String about) {}
