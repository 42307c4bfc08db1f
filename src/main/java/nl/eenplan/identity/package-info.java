/**
 * People who log in: accounts, invitations, passwords, login throttling, two-factor authentication
 * (TOTP with recovery codes), sessions and personal API tokens. Sends its mails through the
 * notification outbox.
 */
@ApplicationModule(allowedDependencies = "notification")
package nl.eenplan.identity;

import org.springframework.modulith.ApplicationModule;
