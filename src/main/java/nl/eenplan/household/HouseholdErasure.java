package nl.eenplan.household;

import java.util.Map;
import java.util.UUID;

/**
 * a module that keeps personal data of a household destroys all of it when the household's file
 * is destroyed (its retention period ended, or earlier destruction was granted). Each module with such
 * data implements this; the destruction calls them all in one transaction, the modules highest in the
 * layering first ({@link org.springframework.core.annotation.Order}) and this module's own records
 * last, so no row is left pointing at a deleted one. An implementation deletes, never keeps a copy.
 */
public interface HouseholdErasure {

    /**
     * Deletes everything this module keeps about the household, in the caller's transaction; answers the
     * number of rows deleted per table (counts only, for the destruction record).
     */
    Map<String, Integer> erase(UUID householdId);
}
