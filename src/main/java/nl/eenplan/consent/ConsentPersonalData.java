package nl.eenplan.consent;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent in a member's personal-data copy: the consents about him and those he gave or
 * withdrew (C-1..C-3), the decisions about sharing without consent about him (C-5) and the signals
 * about him (C-6). Restricted where giving them could harm him or others (AVG article 23, UAVG
 * article 41; see docs/privacy.md): left out are decisions whose professional judged it not
 * responsible to inform the household ({@link #disclosable(SharingOverride)}) and the steps of the
 * reporting code ({@link #disclosable(Signal)}). Nothing in the copy tells that something was left out.
 */
@Component
class ConsentPersonalData implements PersonalDataSource {

    private final Consents consents;
    private final SharingOverrides overrides;
    private final Signals signals;
    private final HouseholdRegister households;
    private final Team team;
    private final OrganisationDirectory organisations;

    ConsentPersonalData(
            Consents consents,
            SharingOverrides overrides,
            Signals signals,
            HouseholdRegister households,
            Team team,
            OrganisationDirectory organisations) {
        this.consents = consents;
        this.overrides = overrides;
        this.signals = signals;
        this.households = households;
        this.team = team;
        this.organisations = organisations;
    }

    /** C-5: a decision the household was not told about, because that was judged dangerous, stays out. */
    static boolean disclosable(SharingOverride override) {
        return override.householdInformed();
    }

    /**
     * C-6: the household is told of a registration in the referral index; the reporting code lets a
     * professional consult or report to Veilig Thuis without telling the household when telling would
     * endanger the child or others, and EenPlan does not record whether it was told. Those steps stay out.
     */
    static boolean disclosable(Signal signal) {
        return signal.kind() == SignalKind.REFERRAL_INDEX;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var members = households.members(householdId);
        var memberNames = members.stream().collect(Collectors.toMap(Member::id, Member::name));
        var participants = team.of(householdId);
        var names = new Names(memberNames, participants, organisationNames());
        var ownAccounts = accountsOf(memberId, members, participants);
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "consents",
                consents.ofHousehold(householdId).stream()
                        .filter(c -> c.subjectId().equals(memberId)
                                || c.givenBy().contains(memberId)
                                || (c.withdrawnBy() != null && ownAccounts.contains(c.withdrawnBy())))
                        .map(c -> consent(c, memberId, ownAccounts, names))
                        .toList());
        data.put(
                "sharingWithoutConsent",
                overrides.ofHousehold(householdId).stream()
                        .filter(o -> o.subjectId().equals(memberId))
                        .filter(ConsentPersonalData::disclosable)
                        .map(o -> override(o, names))
                        .toList());
        data.put(
                "signals",
                signals.ofHousehold(householdId).stream()
                        .filter(s -> s.subjectId().equals(memberId))
                        .filter(ConsentPersonalData::disclosable)
                        .map(s -> fields(
                                "kind", s.kind().name(),
                                "signalledOn", s.on(),
                                "note", s.note(),
                                "recordedBy", names.ofAccount(s.recordedBy()),
                                "recordedAt", s.recordedAt()))
                        .toList());
        return new PersonalDataSection("consent", data);
    }

    private static Map<String, Object> consent(Consent c, UUID memberId, Set<UUID> ownAccounts, Names names) {
        return fields(
                "about", names.ofMember(c.subjectId()),
                "purpose", c.purpose(),
                "categories", sorted(c.categories().stream().map(Enum::name).toList()),
                "recipients", names.of(c.recipients()),
                "givenBy",
                        sorted(c.givenBy().stream()
                                .map(names::ofMember)
                                .filter(Objects::nonNull)
                                .toList()),
                "youGave", c.givenBy().contains(memberId),
                "manner", c.manner().name(),
                "writtenFormDue", c.writtenFormDue(),
                "writtenFormOn", c.writtenFormOn(),
                "validFrom", c.validFrom(),
                "validUntil", c.validUntil(),
                "recordedBy", names.ofAccount(c.recordedBy()),
                "recordedAt", c.recordedAt(),
                "withdrawnOn", c.withdrawnOn(),
                "youWithdrew", c.withdrawnBy() != null && ownAccounts.contains(c.withdrawnBy()));
    }

    private static Map<String, Object> override(SharingOverride o, Names names) {
        var answers = o.answers();
        return fields(
                "decision", o.decision().name(),
                "discussedOn", o.discussedOn(),
                "discussedWith", o.discussedWith(),
                "recipients", names.of(o.recipients()),
                "categories", sorted(o.categories().stream().map(Enum::name).toList()),
                "aimOfSharing", answers.goal(),
                "reachableWithoutSharing", answers.withoutSharing(),
                "consentAsked", answers.consentAsked(),
                "dangerOutweighs", answers.outweighs(),
                "informationNeeded", answers.informationNeeded(),
                "validUntil", o.validUntil(),
                "recordedBy", names.ofAccount(o.recordedBy()),
                "recordedAt", o.recordedAt());
    }

    /** The accounts the member logs in with: linked in the register, or through his place in the team. */
    private static Set<UUID> accountsOf(UUID memberId, List<Member> members, List<Participant> participants) {
        var accounts = new HashSet<UUID>();
        members.stream()
                .filter(m -> m.id().equals(memberId) && m.accountId() != null)
                .forEach(m -> accounts.add(m.accountId()));
        participants.stream()
                .filter(p -> memberId.equals(p.memberId()) && p.accountId() != null)
                .forEach(p -> accounts.add(p.accountId()));
        return accounts;
    }

    private Map<UUID, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static List<String> sorted(Collection<String> texts) {
        return texts.stream().sorted().toList();
    }

    /** A map in the order given, which may hold nulls (Map.of may not). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** How members, participants, organisations and the accounts of the team are named in the copy. */
    private record Names(
            Map<UUID, String> members,
            Map<UUID, String> participants,
            Map<UUID, String> organisations,
            Map<UUID, String> accounts) {

        Names(Map<UUID, String> members, List<Participant> team, Map<UUID, String> organisations) {
            this(
                    members,
                    team.stream().collect(Collectors.toMap(Participant::id, Participant::name)),
                    organisations,
                    byAccount(team));
        }

        private static Map<UUID, String> byAccount(List<Participant> team) {
            var result = new HashMap<UUID, String>();
            team.stream().filter(p -> p.accountId() != null).forEach(p -> result.putIfAbsent(p.accountId(), p.name()));
            return result;
        }

        String ofMember(UUID memberId) {
            return members.get(memberId);
        }

        /** A professional who left the team is no longer named. */
        String ofAccount(UUID accountId) {
            return accountId == null ? null : accounts.get(accountId);
        }

        List<String> of(Set<Recipient> recipients) {
            return recipients.stream()
                    .map(r -> r.kind() == Recipient.Kind.PARTICIPANT
                            ? participants.get(r.id())
                            : organisations.get(r.id()))
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
        }
    }
}
