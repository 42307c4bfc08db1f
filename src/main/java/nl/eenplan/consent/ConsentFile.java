package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.household.Member;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/**
 * The consents of one household as one viewer sees them on one day: per member who must consent and
 * what was given; for professionals also the decisions to share without consent and the signals.
 */
public record ConsentFile(
        HouseholdSummary household,
        Viewer viewer,
        LocalDate day,
        List<MemberConsents> members,
        List<SharingOverride> overrides,
        List<Signal> signals,
        List<Participant> participants,
        Map<UUID, String> organisationNames) {

    public String memberName(UUID memberId) {
        return members.stream()
                .map(MemberConsents::member)
                .filter(m -> m.id().equals(memberId))
                .map(Member::name)
                .findFirst()
                .orElse("");
    }

    /** Names of these members, in the household's order. */
    public String memberNames(Set<UUID> memberIds) {
        return members.stream()
                .map(MemberConsents::member)
                .filter(m -> memberIds.contains(m.id()))
                .map(Member::name)
                .collect(Collectors.joining(", "));
    }

    /** C-1: the names of those who consent for this member besides the member himself (the parents with authority). */
    public String authorityNames(MemberConsents member) {
        var others = new HashSet<>(member.required().consenters());
        others.remove(member.member().id());
        return memberNames(others);
    }

    /** C-1: everyone who must consent for this member, himself included: whom to ask. */
    public String consenterNames(MemberConsents member) {
        return memberNames(member.required().consenters());
    }

    public List<RecipientLabel> recipients(Set<Recipient> recipients) {
        return recipients.stream()
                .map(this::label)
                .sorted(Comparator.comparing(RecipientLabel::kind)
                        .thenComparing(l -> Objects.requireNonNullElse(l.name(), "")))
                .toList();
    }

    /** C-2: who can be named as recipient: the team's participants outside the household, and their organisations. */
    public List<RecipientLabel> recipientChoices() {
        var outside = participants.stream()
                .filter(p -> p.kind() != ParticipantKind.HOUSEHOLD_MEMBER)
                .toList();
        var organisations = outside.stream()
                .map(Participant::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .map(Recipient::organisation);
        return Stream.concat(outside.stream().map(p -> Recipient.participant(p.id())), organisations)
                .map(this::label)
                .toList();
    }

    /** The message keys of these categories, in a fixed order. */
    public List<String> categoryKeys(Set<InformationCategory> categories) {
        return categories.stream()
                .sorted()
                .map(c -> "consent.category." + c.name())
                .toList();
    }

    /** C-1: consents that must be asked again: a birthday or a change of authority. */
    public List<ConsentLine> renewals() {
        return lines().filter(l -> l.status() == ConsentStatus.NEEDS_RENEWAL).toList();
    }

    /** C-3: oral consents whose written form has not come in. */
    public List<ConsentLine> writtenFormsOutstanding() {
        return lines().filter(l -> l.consent().writtenFormOutstanding()).toList();
    }

    /** A household member withdraws only for a member they consent for today (C-1). */
    public boolean householdMayWithdraw(MemberConsents member, ConsentLine line) {
        return line.status().open()
                && !viewer.professional()
                && member.required().includes(viewer.memberId());
    }

    public boolean anyOpen() {
        return members.stream().anyMatch(m -> !m.open().isEmpty());
    }

    private Stream<ConsentLine> lines() {
        return members.stream().flatMap(m -> m.consents().stream());
    }

    private RecipientLabel label(Recipient recipient) {
        if (recipient.kind() == Recipient.Kind.ORGANISATION) {
            return new RecipientLabel(recipient.code(), recipient.kind(), organisationNames.get(recipient.id()), null);
        }
        return participants.stream()
                .filter(p -> p.id().equals(recipient.id()))
                .findFirst()
                .map(p -> new RecipientLabel(recipient.code(), recipient.kind(), p.name(), p.relation()))
                .orElseGet(() -> new RecipientLabel(recipient.code(), recipient.kind(), null, null));
    }
}
