package nl.eenplan.plan.provision;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.document.PdfDocuments;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.provision.DecisionRequest.Gemeente;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PL-3: the decision request to the municipality from tabs 1-3, as a JSON document shaped after iJw JW315
 * and as a PDF the household can read (B1). For whoever sees tab 1 (the household and the professionals
 * who may edit the plan); each download is logged.
 */
@Service
public class DecisionRequests {

    private final Provisions provisions;
    private final PlanPartChanges changes;
    private final HouseholdRegister households;
    private final OrganisationDirectory organisations;
    private final Coordinations coordinations;
    private final Team team;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PdfDocuments pdfs;
    private final Clock clock;

    DecisionRequests(
            Provisions provisions,
            PlanPartChanges changes,
            HouseholdRegister households,
            OrganisationDirectory organisations,
            Coordinations coordinations,
            Team team,
            MessageSource messages,
            ITemplateEngine templates,
            PdfDocuments pdfs,
            Clock clock) {
        this.provisions = provisions;
        this.changes = changes;
        this.households = households;
        this.organisations = organisations;
        this.coordinations = coordinations;
        this.team = team;
        this.messages = messages;
        this.templates = templates;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** The request as a JSON-shaped document; logged. */
    @Transactional
    public DecisionRequest json(UUID householdId, Viewer viewer) {
        var tab = provisions.tabFor(householdId, viewer);
        var request = build(householdId, tab);
        changes.log(viewer, "PLAN_DECISION_REQUEST_DOWNLOADED", tab.plan(), "json");
        return request;
    }

    /** The request as a PDF in the reader's language; logged. */
    @Transactional
    public byte[] pdf(UUID householdId, Viewer viewer, Locale locale) {
        var tab = provisions.tabFor(householdId, viewer);
        var request = build(householdId, tab);
        var household = households.find(householdId).map(h -> h.name()).orElse("");
        var html = templates.process(
                "plan/provisions-decision-pdf",
                new Context(locale, Map.of("request", request, "tab", tab, "household", household)));
        changes.log(viewer, "PLAN_DECISION_REQUEST_DOWNLOADED", tab.plan(), "pdf");
        return pdfs.render(html);
    }

    private DecisionRequest build(UUID householdId, Tab3 tab) {
        var municipality = households
                .find(householdId)
                .map(h -> h.municipalityId())
                .flatMap(id -> id == null ? java.util.Optional.empty() : organisations.find(id));
        var gemeente = new Gemeente(
                municipality.map(Organisation::id).orElse(null),
                municipality.map(Organisation::name).orElse(""),
                null);
        var state = coordinations.of(householdId);
        var coordinator = state.hasCoordinator()
                ? team.of(householdId).stream()
                        .filter(p -> p.id().equals(state.coordinatorId()))
                        .map(Participant::name)
                        .findFirst()
                        .orElse(null)
                : null;
        var form = state.form() == null ? null : state.form().name();
        var dutch = DecisionRequestBuilder.dutch();
        return DecisionRequestBuilder.build(
                tab, gemeente, coordinator, form, DutchTime.today(clock), key -> messages.getMessage(key, null, dutch));
    }
}
