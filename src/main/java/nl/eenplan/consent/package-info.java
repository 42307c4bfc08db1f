/**
 * Consent and information sharing (C, PL-5): the age rule ({@link nl.eenplan.consent.ConsentRule}),
 * consents per household member with purpose, information and recipients, sharing without consent
 * with its five questions, referral-index and reporting-code records. {@link
 * nl.eenplan.consent.ConsentRegistry} answers "may X see Y about this member on this day?".
 *
 * <p>Published read contract (migration V37): {@code consent_due_v(household_id, reason, due_on)}, written
 * forms still due and the end of each consent's validity; no purpose, information or recipients.
 */
@ApplicationModule(
        allowedDependencies = {
            "household",
            "participation",
            "organisation",
            "identity",
            "audit",
            "deadline",
            "home",
            "calendar"
        })
package nl.eenplan.consent;

import org.springframework.modulith.ApplicationModule;
