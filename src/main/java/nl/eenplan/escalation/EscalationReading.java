package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading escalations, each read logged: a household's escalations, one escalation, and the
 * overview of managers and contact points. Whoever may see none of it is told it does not exist.
 */
@Service
public class EscalationReading {

    /** How many closed escalations the overview shows as history. */
    static final int HISTORY = 50;

    private final Escalations escalations;
    private final EscalationListings listings;
    private final EscalationParties parties;
    private final StagnationSignals signals;
    private final EscalationProgress progress;
    private final LadderSettings settings;
    private final StepOwners owners;
    private final HouseholdRegister households;
    private final OrganisationDirectory organisations;
    private final WorkingDays workingDays;
    private final AuditLog audit;

    EscalationReading(
            Escalations escalations,
            EscalationListings listings,
            EscalationParties parties,
            StagnationSignals signals,
            EscalationProgress progress,
            LadderSettings settings,
            StepOwners owners,
            HouseholdRegister households,
            OrganisationDirectory organisations,
            WorkingDays workingDays,
            AuditLog audit) {
        this.escalations = escalations;
        this.listings = listings;
        this.parties = parties;
        this.signals = signals;
        this.progress = progress;
        this.settings = settings;
        this.owners = owners;
        this.households = households;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    /** The household's escalation page for this person. */
    @Transactional
    public HouseholdEscalations household(UUID householdId, UUID accountId, LocalDate today) {
        var visitor = parties.visitor(householdId, accountId);
        var visible = escalations.ofHousehold(householdId).stream()
                .filter(visitor::maySee)
                .toList();
        if (!visitor.seesPlan() && visible.isEmpty()) {
            throw new EscalationNotFound();
        }
        var name = households.find(householdId).map(HouseholdSummary::name).orElse("");
        var result = new HouseholdEscalations(
                name,
                visitor,
                signals.prompts(householdId, visitor, today),
                visitor.maySignal() ? signals.signallable(householdId) : List.of(),
                visible,
                visitor.seesPlan() ? signals.withoutLadder(householdId) : List.of(),
                signals.names(householdId));
        audit.record(new AuditEvent(
                        accountId,
                        null,
                        "ESCALATIONS_READ",
                        "household",
                        householdId.toString(),
                        householdId,
                        visible.size() + " escalations")
                .on(visitor.accessBasis(visible)));
        return result;
    }

    /** One escalation: its steps, terms, the agreement concerned and the names; never the plan. */
    @Transactional
    public EscalationDetail detail(UUID householdId, UUID escalationId, UUID accountId) {
        var e = escalations
                .find(escalationId)
                .filter(found -> found.householdId().equals(householdId))
                .orElseThrow(EscalationNotFound::new);
        var visitor = parties.visitor(householdId, accountId);
        if (!visitor.maySee(e)) {
            throw new EscalationNotFound();
        }
        var people = new HashMap<UUID, String>();
        for (var step : e.steps()) {
            people.computeIfAbsent(step.ownerAccountId(), owners::nameOf);
            if (step.secondOwnerAccountId() != null) {
                people.computeIfAbsent(step.secondOwnerAccountId(), owners::nameOf);
            }
        }
        var detail = new EscalationDetail(
                households.find(householdId).map(HouseholdSummary::name).orElse(""),
                visitor,
                e,
                settings.ladderOf(e.municipalityId()),
                people,
                organisationName(e.parties().coordinatorOrganisationId()),
                organisationName(e.parties().professionalOrganisationId()),
                e.open() ? progress.candidatesForNextStep(e) : null);
        audit.record(
                new AuditEvent(accountId, null, "ESCALATION_READ", "escalation", e.id().toString(), householdId, null)
                        .on(visitor.accessBasis(e)));
        return detail;
    }

    /**
     * E-2..E-4: the open escalations a manager or contact point oversees, overdue first and then by
     * their next term, followed by the recent history of closed ones.
     */
    @Transactional
    public List<OverviewRow> overview(UUID accountId, LocalDate today) {
        var visitor = parties.overseer(accountId);
        var listings = this.listings.of(escalations.overseenBy(
                accountId, List.copyOf(visitor.managerOf()), List.copyOf(visitor.contactPointIn()), HISTORY));
        if (!visitor.oversees() && listings.isEmpty()) {
            throw new EscalationNotFound();
        }
        var rows = listings.stream().map(l -> row(l, today)).toList();
        // one entry per household shown, naming its escalations on the list.
        rows.stream()
                .map(r -> r.listing().escalation())
                .collect(Collectors.groupingBy(
                        Escalation::householdId,
                        LinkedHashMap::new,
                        Collectors.mapping(Escalation::id, Collectors.toList())))
                .forEach((household, escalationIds) -> audit.record(new AuditEvent(
                                accountId,
                                null,
                                "ESCALATION_LISTED",
                                "household",
                                household.toString(),
                                household,
                                "escalations "
                                        + escalationIds.stream()
                                                .map(UUID::toString)
                                                .collect(Collectors.joining(" ")))
                        .on(AccessBasis.together(escalationIds.stream()
                                .map(AccessBasis::escalationStep)
                                .toList()))));
        var open = rows.stream()
                .filter(r -> r.listing().escalation().open())
                .sorted(Comparator.comparing(OverviewRow::overdue)
                        .reversed()
                        .thenComparing(OverviewRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var closed =
                rows.stream().filter(r -> r.listing().escalation().closed()).toList();
        var all = new ArrayList<>(open);
        all.addAll(closed);
        return all;
    }

    private OverviewRow row(EscalationListing listing, LocalDate today) {
        var e = listing.escalation();
        if (e.closed()) {
            return new OverviewRow(listing, 0, null, false);
        }
        var age = today.isAfter(e.startedOn())
                ? workingDays.workingDaysBetween(e.municipalityId(), e.startedOn(), today)
                : 0;
        return new OverviewRow(listing, age, e.current().nextDue(), e.current().overdueOn(today));
    }

    private String organisationName(UUID organisationId) {
        return organisationId == null
                ? null
                : organisations.find(organisationId).map(Organisation::name).orElse(null);
    }
}
