package nl.eenplan.audit;

import java.util.UUID;

/**
 * A module's part of the copy of personal data a household member may ask for (X-6, AVG article 15
 * and 20). Each module that keeps data about household members implements it; the audit module
 * gathers the sections into one machine-readable (JSON) and one printable (PDF) copy, and logs the
 * request. Implementations read their own data directly and write no audit entries themselves.
 */
public interface PersonalDataSource {

    /** Everything this module keeps about one member of the household, as one named section. */
    PersonalDataSection contribute(UUID householdId, UUID memberId);
}
