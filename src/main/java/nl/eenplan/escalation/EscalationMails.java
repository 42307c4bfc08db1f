package nl.eenplan.escalation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-4: the chain partners (the plan's active professionals) hear of the start, each step and the end
 * of an escalation, and the owners of a new step that it is theirs. Mails carry a link, never personal
 * data (C-7), and never to a page the receiver cannot open: a professional the plan may not be shown to
 * yet (C-1) is sent to the consent page, where he sees whom to ask for consent.
 */
@Component
class EscalationMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Team team;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final PlanAccess access;
    private final Clock clock;

    EscalationMails(
            Team team,
            AccountDirectory accounts,
            Mailer mailer,
            MessageSource messages,
            @Value("${eenplan.base-url}") String baseUrl,
            PlanAccess access,
            Clock clock) {
        this.access = access;
        this.clock = clock;
        this.team = team;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void started(Escalation e) {
        send(e, new Text("escalation.mail.started.subject", "escalation.mail.started.body"), e.currentStep(), true);
    }

    void raised(Escalation e, int step) {
        send(e, new Text("escalation.mail.raised.subject", "escalation.mail.raised.body"), step, true);
    }

    void ended(Escalation e) {
        send(e, new Text("escalation.mail.ended.subject", "escalation.mail.ended.body"), e.currentStep(), false);
    }

    /** The message keys of a mail's subject and body. */
    private record Text(String subject, String body) {}

    private void send(Escalation e, Text text, int step, boolean toOwners) {
        var link = baseUrl + "/households/" + e.householdId() + "/escalations/" + e.id();
        var recipients = new LinkedHashSet<String>();
        var withoutConsent = new LinkedHashSet<String>();
        var today = DutchTime.today(clock);
        team.of(e.householdId()).stream()
                .filter(Participant::isProfessional)
                .filter(Participant::active)
                .filter(p -> p.email() != null)
                .forEach(p -> {
                    var email = p.email().toLowerCase(Locale.ROOT);
                    if (p.accountId() != null && !access.showsPlanTo(e.householdId(), p.accountId(), today)) {
                        withoutConsent.add(email);
                    } else {
                        recipients.add(email);
                    }
                });
        var owners = new LinkedHashSet<String>();
        if (toOwners) {
            var current = e.step(step);
            var ownerIds = new LinkedHashSet<>(List.of(current.ownerAccountId()));
            if (current.secondOwnerAccountId() != null) {
                ownerIds.add(current.secondOwnerAccountId());
            }
            ownerIds.stream()
                    .map(accounts::find)
                    .flatMap(Optional::stream)
                    .map(AccountSummary::email)
                    .map(email -> email.toLowerCase(Locale.ROOT))
                    .forEach(owners::add);
        }
        recipients.removeAll(owners);
        withoutConsent.removeAll(owners);
        recipients.forEach(to -> mail(to, text, step, link));
        var consentPage = baseUrl + "/households/" + e.householdId() + "/consents";
        var noConsent = new Text(text.subject(), "escalation.mail.noConsent.body");
        withoutConsent.forEach(to -> mail(to, noConsent, step, consentPage));
        var toOwner = new Text("escalation.mail.owner.subject", "escalation.mail.owner.body");
        owners.forEach(to -> mail(to, toOwner, step, link));
    }

    private void mail(String to, Text text, int step, String link) {
        var stepName = messages.getMessage("escalation.step.name." + step, null, DUTCH);
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage(text.subject(), null, DUTCH),
                messages.getMessage(text.body(), new Object[] {step, stepName, link}, DUTCH)));
    }
}
