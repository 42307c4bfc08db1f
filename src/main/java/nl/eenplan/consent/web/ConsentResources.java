package nl.eenplan.consent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Consent;
import nl.eenplan.consent.ConsentFile;
import nl.eenplan.consent.ConsentLine;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentNotFound;
import nl.eenplan.consent.ConsentStatus;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.MemberConsents;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.RecipientLabel;
import nl.eenplan.consent.RequiredConsent;
import nl.eenplan.consent.SharingOverride;
import nl.eenplan.consent.Signal;
import nl.eenplan.consent.SignalKind;

/** The consents, decisions to share without consent and signals of a household as the JSON API shows them. */
final class ConsentResources {

    private ConsentResources() {}

    /** One consent about one member (C-1..C-3), with where it stands today; its version is the ETag. */
    record ConsentResource(
            UUID id,
            int version,
            UUID memberId,
            ConsentStatus status,
            String purpose,
            List<InformationCategory> categories,
            List<Recipient> recipients,
            List<UUID> givenBy,
            ConsentManner manner,
            LocalDate writtenFormDue,
            LocalDate writtenFormOn,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant recordedAt,
            Instant withdrawnAt) {}

    /** C-1: who must consent for one member today, on what ground; {@code covered} false: nothing else is shown. */
    record MemberRule(
            UUID memberId,
            String name,
            Integer age,
            RequiredConsent.Ground ground,
            List<UUID> consenters,
            boolean covered) {}

    /** A recipient a consent can name (C-2): a participant of the team or its organisation. */
    record RecipientChoice(Recipient.Kind kind, UUID id, String name) {}

    /** What recording a consent asks: who consents for whom today, whom it can go to, the days for the written form. */
    record ConsentRules(
            LocalDate day, List<MemberRule> members, List<RecipientChoice> recipients, int writtenFormDays) {}

    /** C-5: a recorded decision about sharing without consent. */
    record OverrideResource(
            UUID id,
            UUID memberId,
            List<Recipient> recipients,
            List<InformationCategory> categories,
            FiveQuestions answers,
            LocalDate discussedOn,
            String discussedWith,
            OverrideDecision decision,
            boolean householdInformed,
            String notInformedReason,
            LocalDate validUntil,
            Instant recordedAt) {}

    /** C-6: a recorded registration in the referral index or step of the reporting code. */
    record SignalResource(UUID id, UUID memberId, SignalKind kind, LocalDate on, String note, Instant recordedAt) {}

    /** The id of what was recorded. */
    record Recorded(UUID id) {}

    /** Every consent the viewer may see, member by member in the household's order. */
    static List<ConsentResource> consents(ConsentFile file) {
        return file.members().stream()
                .flatMap(m -> m.consents().stream())
                .map(ConsentResources::consent)
                .toList();
    }

    static ConsentResource consent(ConsentFile file, UUID consentId) {
        return consents(file).stream()
                .filter(c -> c.id().equals(consentId))
                .findFirst()
                .orElseThrow(ConsentNotFound::new);
    }

    static ConsentRules rules(ConsentFile file, int writtenFormDays) {
        return new ConsentRules(
                file.day(),
                file.members().stream().map(ConsentResources::rule).toList(),
                file.recipientChoices().stream().map(ConsentResources::choice).toList(),
                writtenFormDays);
    }

    static List<OverrideResource> overrides(ConsentFile file) {
        return file.overrides().stream()
                .sorted(Comparator.comparing(SharingOverride::recordedAt).reversed())
                .map(o -> new OverrideResource(
                        o.id(),
                        o.subjectId(),
                        recipients(o.recipients()),
                        o.categories().stream().sorted().toList(),
                        o.answers(),
                        o.discussedOn(),
                        o.discussedWith(),
                        o.decision(),
                        o.householdInformed(),
                        o.notInformedReason(),
                        o.validUntil(),
                        o.recordedAt()))
                .toList();
    }

    static List<SignalResource> signals(ConsentFile file) {
        return file.signals().stream()
                .sorted(Comparator.comparing(Signal::recordedAt).reversed())
                .map(s -> new SignalResource(s.id(), s.subjectId(), s.kind(), s.on(), s.note(), s.recordedAt()))
                .toList();
    }

    private static ConsentResource consent(ConsentLine line) {
        Consent c = line.consent();
        return new ConsentResource(
                c.id(),
                c.version(),
                c.subjectId(),
                line.status(),
                c.purpose(),
                c.categories().stream().sorted().toList(),
                recipients(c.recipients()),
                c.givenBy().stream().sorted().toList(),
                c.manner(),
                c.writtenFormDue(),
                c.writtenFormOn(),
                c.validFrom(),
                c.validUntil(),
                c.recordedAt(),
                c.withdrawnAt());
    }

    private static MemberRule rule(MemberConsents m) {
        return new MemberRule(
                m.member().id(),
                m.member().name(),
                m.covered() ? m.age() : null,
                m.required().ground(),
                m.required().consenters().stream().sorted().toList(),
                m.covered());
    }

    private static RecipientChoice choice(RecipientLabel label) {
        var recipient = Recipient.parse(label.code()).orElseThrow();
        return new RecipientChoice(recipient.kind(), recipient.id(), label.name());
    }

    private static List<Recipient> recipients(Set<Recipient> recipients) {
        return recipients.stream().sorted(Comparator.comparing(Recipient::code)).toList();
    }
}
