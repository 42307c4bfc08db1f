package nl.eenplan.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the audit module needs to know of the people personal data is about: the members of a
 * household, with the account the register links each to and who has parental authority over them,
 * and households by name. Implemented
 * by the household module, which the audit module may not call (it depends on audit).
 */
public interface DataSubjects {

    Optional<String> householdName(UUID householdId);

    /** The members of the household, in the household's order; empty for an unknown household. */
    List<DataSubject> members(UUID householdId);

    /** Households whose name contains the text (ignoring case), by name, at most {@code limit}. */
    List<HouseholdChoice> households(String nameContains, int limit);
}
