/**
 * Outgoing e-mail. Every mail is first written to the outbox in the transaction that caused it, then
 * delivered over SMTP when one is configured and retried every minute, up to 20 times; without SMTP the outbox
 * is where an administrator reads it. Mails carry links, never personal data (C-7); a mail may carry
 * attachments, such as a calendar invitation (iCalendar, M-3).
 */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.notification;

import org.springframework.modulith.ApplicationModule;
