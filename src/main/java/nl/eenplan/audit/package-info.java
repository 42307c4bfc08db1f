/**
 * The access log (X-1, X-6, NEN 7513 style): who did what, when, about which household and member,
 * on whose behalf and on what basis. Entries are written in the transaction of the access they
 * record, append-only, sealed in batches with signed checkpoints ({@link nl.eenplan.audit.AuditSealer},
 * checked by {@link nl.eenplan.audit.AuditChain}) and partitioned by month. Household members see
 * their household's log and download their personal data; modules above contribute through {@link
 * nl.eenplan.audit.PersonalDataSource}, {@link nl.eenplan.audit.DataSubjects} and {@link
 * nl.eenplan.audit.HouseholdTeams} and {@link nl.eenplan.audit.SharingReasons}. The household reads its log in
 * words, by day and in Dutch time ({@link nl.eenplan.audit.AccessLogWords}). See docs/privacy.md.
 */
@ApplicationModule(allowedDependencies = {"identity", "document", "calendar", "home"})
package nl.eenplan.audit;

import org.springframework.modulith.ApplicationModule;
