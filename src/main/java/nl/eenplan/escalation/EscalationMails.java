package nl.eenplan.escalation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-4: the chain partners (the plan's active professionals) hear of the start, each step and the end
 * of an escalation, and the owners of a new step that it is theirs. Mails carry a link to the
 * escalation page, never personal data (C-7).
 */
@Component
class EscalationMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Team team;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    EscalationMails(
            Team team,
            AccountDirectory accounts,
            Mailer mailer,
            MessageSource messages,
            @Value("${eenplan.base-url}") String baseUrl) {
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
        team.of(e.householdId()).stream()
                .filter(Participant::isProfessional)
                .filter(Participant::active)
                .map(Participant::email)
                .filter(Objects::nonNull)
                .map(email -> email.toLowerCase(Locale.ROOT))
                .forEach(recipients::add);
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
        recipients.forEach(to -> mail(to, text, step, link));
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
