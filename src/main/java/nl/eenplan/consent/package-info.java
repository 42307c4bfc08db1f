/**
 * Consent and information sharing (C, PL-5): the age rule ({@link nl.eenplan.consent.ConsentRule}),
 * consents per household member with purpose, information and recipients, sharing without consent
 * with its five questions, referral-index and reporting-code records. {@link
 * nl.eenplan.consent.ConsentRegistry} answers "may X see Y about this member on this day?".
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
