package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eenplan.household.Member;
import nl.eenplan.participation.Participant;

/**
 * What may be shared about the members of one household on one day (C-1, C-2, C-5): a valid consent
 * that covers the information and the recipient, else a decision to share without consent.
 */
final class SharingCheck {

    private final Map<UUID, Member> members;
    private final List<Consent> consents;
    private final List<SharingOverride> overrides;
    private final ConsentRule rule;
    private final LocalDate day;

    SharingCheck(
            List<Member> members,
            List<Consent> consents,
            List<SharingOverride> overrides,
            ConsentRule rule,
            LocalDate day) {
        this.members = members.stream()
                .collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.consents = consents;
        this.overrides = overrides;
        this.rule = rule;
        this.day = day;
    }

    SharingDecision decide(UUID memberId, InformationCategory category, Participant recipient) {
        var member = members.get(memberId);
        if (member == null || recipient == null) {
            return SharingDecision.refused();
        }
        var required = rule.requiredFor(member, day);
        var consent = consents.stream()
                .filter(c -> c.subjectId().equals(memberId))
                .filter(c -> c.statusOn(day, required) == ConsentStatus.VALID)
                .filter(c -> c.covers(category, recipient.id(), recipient.organisationId()))
                .findFirst();
        if (consent.isPresent()) {
            return SharingDecision.byConsent(consent.get().id());
        }
        return overrides.stream()
                .filter(o -> o.subjectId().equals(memberId))
                .filter(o -> o.allows(category, recipient.id(), recipient.organisationId(), day))
                .findFirst()
                .map(o -> SharingDecision.byOverride(o.id()))
                .orElseGet(SharingDecision::refused);
    }

    /** The born members, in the household's order: an expected child is no subject of its own. */
    List<UUID> bornMembers() {
        return members.values().stream()
                .filter(m -> !m.unborn())
                .map(Member::id)
                .toList();
    }

    /**
     * Per born member of the household, the information the recipient may see; an empty set when
     * none. An expected child is no subject of its own (nobody holds authority over it yet): what a
     * plan says about a pregnancy is information about the expecting parents, who consent for it.
     */
    Map<UUID, Set<InformationCategory>> categoriesFor(Participant recipient) {
        var shared = new LinkedHashMap<UUID, Set<InformationCategory>>();
        for (var member : members.values()) {
            if (member.unborn()) {
                continue;
            }
            var memberId = member.id();
            var categories = EnumSet.noneOf(InformationCategory.class);
            for (var category : InformationCategory.values()) {
                if (decide(memberId, category, recipient).allowed()) {
                    categories.add(category);
                }
            }
            shared.put(memberId, Set.copyOf(categories));
        }
        return shared;
    }
}
