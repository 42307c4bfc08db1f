package nl.eenplan.consent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the consents of a household for its pages, and logs every read. */
@Service
public class ConsentOverviews {

    private final ConsentAccess access;
    private final Consents consents;
    private final SharingOverrides overrides;
    private final Signals signals;
    private final HouseholdRegister households;
    private final Team team;
    private final OrganisationDirectory organisations;
    private final ConsentRule rule;
    private final ConsentDisclosure disclosure;
    private final AuditLog audit;
    private final Clock clock;

    ConsentOverviews(
            ConsentAccess access,
            Consents consents,
            SharingOverrides overrides,
            Signals signals,
            HouseholdRegister households,
            Team team,
            OrganisationDirectory organisations,
            ConsentRule rule,
            ConsentDisclosure disclosure,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.consents = consents;
        this.overrides = overrides;
        this.signals = signals;
        this.households = households;
        this.team = team;
        this.organisations = organisations;
        this.rule = rule;
        this.disclosure = disclosure;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about consent in the household, for its active professionals (C-1..C-6). */
    @Transactional
    public ConsentFile forProfessionals(UUID householdId, UUID accountId) {
        var viewer = access.professional(householdId, accountId);
        return file(householdId, viewer, true, "CONSENTS_READ");
    }

    /** who may see what about whom, for the household (and its professionals); no overrides or signals. */
    @Transactional
    public ConsentFile forHousehold(UUID householdId, UUID accountId) {
        var viewer = access.viewer(householdId, accountId);
        return file(householdId, viewer, false, "CONSENT_OVERVIEW_READ");
    }

    /**
     * The household's overview exactly as {@link #forHousehold} gives it, without an entry in the access
     * log: for a read that is part of another access, which the caller logs under its own, more specific
     * event (X-1: one access, one entry), such as an export of the plan. Never for a read not logged at all.
     */
    @Transactional
    public ConsentFile forHouseholdAsPartOf(UUID householdId, UUID accountId) {
        var viewer = access.viewer(householdId, accountId);
        return file(householdId, viewer, false, null);
    }

    /**
     * C-1, X-1: refuses (as not found) a consent of another household or none, and a change or read of
     * a consent about a member whose consent file this viewer may not read ({@link ConsentDisclosure}): a
     * professional without consent about him. Logs nothing: what follows does.
     */
    @Transactional(readOnly = true)
    public void requireDisclosed(UUID householdId, UUID accountId, UUID consentId) {
        var viewer = access.viewer(householdId, accountId);
        var consent = consents.find(consentId)
                .filter(c -> c.householdId().equals(householdId))
                .orElseThrow(ConsentNotFound::new);
        var covered = disclosure.coveredMembers(householdId, viewer);
        if (covered != null && !covered.contains(consent.subjectId())) {
            throw new ConsentNotFound();
        }
    }

    private ConsentFile file(UUID householdId, Viewer viewer, boolean withConcerns, String event) {
        var household = households.find(householdId).orElseThrow(ConsentNotFound::new);
        var today = DutchTime.today(clock);
        var all = consents.ofHousehold(householdId);
        // C-1, X-1: a professional without consent about a member sees his name and who must consent.
        var covered = disclosure.coveredMembers(householdId, viewer);
        var members = households.members(householdId).stream()
                .map(m -> {
                    var required = rule.requiredFor(m, today);
                    var lines = all.stream()
                            .filter(c -> c.subjectId().equals(m.id()))
                            .map(c -> new ConsentLine(c, c.statusOn(today, required)))
                            .toList();
                    var member = new MemberConsents(m, m.ageOn(today), required, lines, true);
                    return covered == null || covered.contains(m.id()) ? member : member.uncovered();
                })
                .toList();
        var organisationNames =
                organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        if (event != null) {
            audit.record(new AuditEvent(
                            viewer.accountId(), null, event, "household", householdId.toString(), householdId, null)
                    .on(viewer.participationBasis()));
        }
        return new ConsentFile(
                household,
                viewer,
                today,
                members,
                withConcerns
                        ? overrides.ofHousehold(householdId).stream()
                                .filter(o -> covered == null || covered.contains(o.subjectId()))
                                .toList()
                        : List.of(),
                withConcerns
                        ? signals.ofHousehold(householdId).stream()
                                .filter(s -> covered == null || covered.contains(s.subjectId()))
                                .toList()
                        : List.of(),
                team.of(householdId),
                organisationNames);
    }
}
