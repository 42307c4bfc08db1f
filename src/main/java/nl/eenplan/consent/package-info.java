/** Consent and information sharing: the age rule, sharing without consent with its five questions, referral-index and reporting-code records; answers may X see Y (C, PL-5). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.consent;

import org.springframework.modulith.ApplicationModule;
