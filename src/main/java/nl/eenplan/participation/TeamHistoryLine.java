package nl.eenplan.participation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One line of the team's history as the team page shows it: when (Dutch time), what, about whom, by whom. */
public record TeamHistoryLine(
        LocalDateTime at, TeamChange kind, String participantName, List<String> fields, LocalDate endedOn, String by) {}
