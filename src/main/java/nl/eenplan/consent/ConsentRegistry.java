package nl.eenplan.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consents of households (C-1..C-3, C-5) and the answer to "may this be shared with this person
 * about this member on this day?". Changes are made by participants only, logged in their transaction
 * and published as {@link ConsentGiven} and {@link ConsentWithdrawn}.
 */
@Service
public class ConsentRegistry {

    private final Consents consents;
    private final SharingOverrides overrides;
    private final ConsentAccess access;
    private final HouseholdRegister households;
    private final Team team;
    private final ConsentRule rule;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int writtenFormDays;

    ConsentRegistry(
            Consents consents,
            SharingOverrides overrides,
            ConsentAccess access,
            HouseholdRegister households,
            Team team,
            ConsentRule rule,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${eenplan.consent.written-form-days:14}") int writtenFormDays) {
        if (writtenFormDays < 1) {
            throw new IllegalArgumentException("eenplan.consent.written-form-days must be at least 1");
        }
        this.consents = consents;
        this.overrides = overrides;
        this.access = access;
        this.households = households;
        this.team = team;
        this.rule = rule;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writtenFormDays = writtenFormDays;
    }

    /**
     * A professional of the team records a consent. Refused ({@link ConsentRefused}) unless it is
     * given by exactly those the age rule asks on its first day (C-1) and goes only to the team (C-2).
     * C-3: oral consent puts the written form on the recorder's to-do list.
     */
    @Transactional
    public UUID give(UUID householdId, UUID accountId, NewConsent consent) {
        var viewer = access.professional(householdId, accountId);
        var members = households.members(householdId);
        var subject = members.stream()
                .filter(m -> m.id().equals(consent.subjectId()))
                .findFirst()
                .orElseThrow(() -> new ConsentRefused("subjectId", "consent.subject.required"));
        checkRecipients(householdId, consent.recipients());
        var required = rule.requiredFor(subject, consent.validFrom());
        checkGivers(subject, members, consent.givenBy(), required);
        var given = Consent.give(householdId, consent, required, accountId, clock.instant(), today(), writtenFormDays);
        consents.insert(given);
        access.forget(householdId);
        log(viewer, "CONSENT_GIVEN", householdId, given.id(), subject.id());
        events.publishEvent(new ConsentGiven(given.id(), householdId, subject.id(), given.recordedAt()));
        return given.id();
    }

    /** C-3: a professional registers that the written form of an oral consent came in today. */
    @Transactional
    public void registerWrittenForm(UUID householdId, UUID consentId, int expectedVersion, UUID accountId) {
        var viewer = access.professional(householdId, accountId);
        var consent = current(householdId, consentId, expectedVersion);
        consents.update(consent.registerWrittenForm(today()), expectedVersion);
        access.forget(householdId);
        log(viewer, "CONSENT_WRITTEN_FORM_REGISTERED", householdId, consentId, consent.subjectId());
    }

    /**
     * Withdraws a consent, from this moment on. A professional may record it; a household member only
     * for a member the age rule lets them consent for today (C-1).
     */
    @Transactional
    public void withdraw(UUID householdId, UUID consentId, int expectedVersion, UUID accountId) {
        var viewer = access.viewer(householdId, accountId);
        var consent = current(householdId, consentId, expectedVersion);
        if (!viewer.professional()) {
            var subject = households.members(householdId).stream()
                    .filter(m -> m.id().equals(consent.subjectId()))
                    .findFirst()
                    .orElseThrow(ConsentNotFound::new);
            if (!rule.requiredFor(subject, today()).includes(viewer.memberId())) {
                throw new ConsentNotFound();
            }
        }
        var withdrawn = consent.withdraw(accountId, clock.instant(), today());
        consents.update(withdrawn, expectedVersion);
        access.forget(householdId);
        log(viewer, "CONSENT_WITHDRAWN", householdId, consentId, consent.subjectId());
        events.publishEvent(
                new ConsentWithdrawn(consentId, householdId, consent.subjectId(), accountId, withdrawn.withdrawnAt()));
    }

    /**
     * Whether information of this category about this member may be shared with the participant who
     * logs in with {@code recipientAccountId} on {@code day}: by a valid consent (in its period, not
     * withdrawn, still meeting the age rule on that day) that covers the category and the recipient
     * (as participant or through their organisation), or by a decision to share without consent (C-5).
     * Writes no access log entry: the caller logs what it shows.
     */
    @Transactional(readOnly = true)
    public SharingDecision mayShare(
            UUID householdId, UUID memberId, InformationCategory category, UUID recipientAccountId, LocalDate day) {
        var recipient = team.participationOf(householdId, recipientAccountId).orElse(null);
        return check(householdId, day).decide(memberId, category, recipient);
    }

    /**
     * For every member of the household, the information the participant who logs in with {@code
     * accountId} may see on {@code day} (an empty set when nothing); an empty map for a non-participant.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Set<InformationCategory>> categoriesSharedWith(UUID householdId, UUID accountId, LocalDate day) {
        return team.participationOf(householdId, accountId)
                .map(recipient -> check(householdId, day).categoriesFor(recipient))
                .orElse(Map.of());
    }

    /**
     * C-1: the born members about whom the plan may not be shared with this participant on {@code day}
     * (no consent, no decision to share); for a warning before he is given work in the plan.
     */
    @Transactional(readOnly = true)
    public Set<UUID> membersNotSharedWith(UUID householdId, Participant recipient, LocalDate day) {
        return check(householdId, day).categoriesFor(recipient).entrySet().stream()
                .filter(e -> !e.getValue().contains(InformationCategory.PLAN))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** C-1: consents in their period that the age rule no longer lets stand on {@code day}. */
    @Transactional(readOnly = true)
    public List<Consent> needingRenewal(UUID householdId, LocalDate day) {
        var members = households.members(householdId).stream()
                .collect(Collectors.toMap(Member::id, m -> rule.requiredFor(m, day)));
        return consents.ofHousehold(householdId).stream()
                .filter(c -> members.containsKey(c.subjectId()))
                .filter(c -> c.statusOn(day, members.get(c.subjectId())) == ConsentStatus.NEEDS_RENEWAL)
                .toList();
    }

    /** C-3: calendar days within which the written form follows oral consent. */
    public int writtenFormDays() {
        return writtenFormDays;
    }

    private SharingCheck check(UUID householdId, LocalDate day) {
        return new SharingCheck(
                households.members(householdId),
                consents.ofHousehold(householdId),
                overrides.ofHousehold(householdId),
                rule,
                day);
    }

    private Consent current(UUID householdId, UUID consentId, int expectedVersion) {
        var consent = consents.find(consentId)
                .filter(c -> c.householdId().equals(householdId))
                .orElseThrow(ConsentNotFound::new);
        if (consent.version() != expectedVersion) {
            throw new ConsentChangedMeanwhile(consent.version());
        }
        return consent;
    }

    /** C-2: information goes only to the team: its participants and their organisations. */
    private void checkRecipients(UUID householdId, Set<Recipient> recipients) {
        var participants = team.of(householdId).stream()
                .filter(p -> p.kind() != ParticipantKind.HOUSEHOLD_MEMBER)
                .toList();
        var known = participants.stream().map(Participant::id).collect(Collectors.toSet());
        var organisations = participants.stream()
                .map(Participant::organisationId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        for (var r : recipients) {
            var inTeam =
                    r.kind() == Recipient.Kind.PARTICIPANT ? known.contains(r.id()) : organisations.contains(r.id());
            if (!inTeam) {
                throw new ConsentRefused("recipients", "consent.recipients.notInTeam");
            }
        }
    }

    /** C-1: exactly those the rule asks on the first day; the refusal names who is missing or not entitled. */
    private static void checkGivers(Member subject, List<Member> members, Set<UUID> givenBy, RequiredConsent required) {
        if (!required.possible()) {
            throw new ConsentRefused("givenBy", "consent.givenBy.noAuthority", subject.name());
        }
        var strangers = new HashSet<>(givenBy);
        strangers.removeAll(members.stream().map(Member::id).collect(Collectors.toSet()));
        if (!strangers.isEmpty()) {
            throw ConsentRefused.naming("givenBy", "consent.givenBy.notInHousehold", strangers);
        }
        var missing = required.missingFrom(givenBy);
        if (!missing.isEmpty()) {
            throw ConsentRefused.naming(
                    "givenBy", "consent.givenBy.missing", missing, names(members, missing), subject.name());
        }
        var extra = required.notEntitledAmong(givenBy);
        if (!extra.isEmpty()) {
            throw ConsentRefused.naming(
                    "givenBy", "consent.givenBy.notEntitled", extra, names(members, extra), subject.name());
        }
    }

    static String names(List<Member> members, Set<UUID> ids) {
        return members.stream()
                .filter(m -> ids.contains(m.id()))
                .map(Member::name)
                .collect(Collectors.joining(", "));
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    /** the change, about the member the consent is about, on what the person acting rests on. */
    private void log(Viewer viewer, String event, UUID householdId, UUID consentId, UUID subjectId) {
        audit.record(new AuditEvent(viewer.accountId(), null, event, "consent", consentId.toString(), householdId, null)
                .about(subjectId)
                .on(viewer.accessBasisAbout(subjectId)));
    }
}
