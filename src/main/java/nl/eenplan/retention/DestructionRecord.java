package nl.eenplan.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * what was destroyed, without the data: the household's id (which leads nowhere any more), when, on
 * which basis, and the number of rows per table. No names, addresses or reasons.
 */
public record DestructionRecord(
        UUID householdId,
        Instant destroyedAt,
        DestructionBasis basis,
        LocalDate careEndedOn,
        LocalDate requestedOn,
        LocalDate decidedOn,
        Map<String, Integer> rowCounts) {}
