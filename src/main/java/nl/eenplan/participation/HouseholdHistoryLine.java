package nl.eenplan.participation;

import java.time.LocalDateTime;
import java.util.List;
import nl.eenplan.household.HouseholdChange;

/** One line of the household's history as its page shows it: when (Dutch time), what, about whom, by whom. */
public record HouseholdHistoryLine(
        LocalDateTime at, HouseholdChange kind, String memberName, List<String> fields, String detail, String by) {}
