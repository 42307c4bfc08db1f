package nl.eenplan.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The copy of everything EenPlan keeps about one household member (X-6, AVG articles 15 and 20), one
 * section per module. {@code format} names this layout, so a reader can tell future versions apart.
 */
public record PersonalDataCopy(
        String format,
        Instant madeAt,
        UUID householdId,
        String household,
        UUID memberId,
        String member,
        Map<String, Map<String, Object>> sections) {

    static final String FORMAT = "eenplan-personal-data/1";
}
