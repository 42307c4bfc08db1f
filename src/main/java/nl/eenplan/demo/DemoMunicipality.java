package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistItemChange;
import nl.eenplan.implementation.ChecklistStatus;
import nl.eenplan.implementation.Checklists;
import nl.eenplan.implementation.Competence;
import nl.eenplan.implementation.MunicipalFramework;
import nl.eenplan.implementation.MunicipalFrameworks;
import nl.eenplan.implementation.ProviderRecords;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import nl.eenplan.participation.CoordinationIntensities;
import nl.eenplan.participation.IntensityDecision;
import nl.eenplan.participation.IntensiveFunding;
import nl.eenplan.participation.TeamViewers;

/**
 * How Voorbeeldstad implements the method, recorded by the people whose work it is, through the use
 * cases of their pages: the contact point writes the municipality's frameworks (IMP-1) and keeps a
 * checklist under way (IMP-3), the manager of De Brug one for her organisation; the administrator records
 * the coordinators' training (IMP-5); the managers record their organisation's commitment and
 * recruitment (IMP-4, IMP-6), De Brug meeting every basic requirement and Op Orde not yet; and the access
 * team decides on intensive coordination for the Jansen household.
 */
class DemoMunicipality {

    /** The checklist templates EenPlan brings (migration V68): for a municipality and for an organisation. */
    static final UUID MUNICIPAL_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000001");

    static final UUID ORGANISATION_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000002");

    /** Use cases of implementation the demo drives. */
    record UseCases(
            MunicipalFrameworks frameworks,
            Checklists checklists,
            ProviderRecords providerRecords,
            ProviderRequirements requirements,
            StaffTraining training,
            AccountAdministration administration,
            CoordinationIntensities intensities,
            TeamViewers teamViewers) {}

    private final UseCases use;

    DemoMunicipality(UseCases use) {
        this.use = use;
    }

    /** Records it all on {@code today}; {@code jansen} is the household whose coordination becomes intensive. */
    void build(DemoPeople.Cast cast, UUID jansen, LocalDate today) {
        framework(cast);
        checklist(cast.municipality().id(), MUNICIPAL_TEMPLATE, cast.contactPoint(), today, "Carla Contact");
        finishedChecklist(cast.youthCare().id(), cast.youthCareManager(), today, "Mila Manager");
        train(cast.administrator(), cast.coordinator(), TrainingKind.METHOD_BASIC, today.minusMonths(8));
        train(cast.administrator(), cast.coordinator(), TrainingKind.CHAIRING, today.minusMonths(5));
        train(cast.administrator(), cast.debtCounsellor(), TrainingKind.METHOD_BASIC, today.minusMonths(3));
        var brug = cast.youthCare().id();
        use.providerRecords()
                .commit(
                        cast.youthCareManager().id(),
                        brug,
                        use.requirements().commitment(brug).version(),
                        today.minusYears(2),
                        true);
        use.providerRecords()
                .assess(
                        cast.youthCareManager().id(),
                        brug,
                        cast.coordinator().id(),
                        today.minusMonths(10),
                        EnumSet.allOf(Competence.class));
        var orde = cast.debtHelp().id();
        use.providerRecords()
                .commit(
                        cast.debtHelpManager().id(),
                        orde,
                        use.requirements().commitment(orde).version(),
                        today.minusMonths(4),
                        false);
        var intensity = use.intensities();
        intensity.decide(
                jansen,
                use.teamViewers().viewer(jansen, cast.accessWorker().id()),
                new IntensityDecision(
                        true,
                        6,
                        today,
                        today.plusMonths(6),
                        IntensiveFunding.MUNICIPALITY,
                        "Uit het budget voor integrale aanpak"),
                intensity.of(jansen).version());
    }

    private void framework(DemoPeople.Cast cast) {
        var municipality = cast.municipality().id();
        var carla = cast.contactPoint();
        use.frameworks()
                .change(
                        municipality,
                        carla,
                        use.frameworks().current(municipality, carla).version(),
                        new MunicipalFramework(
                                "Gezinnen met meer dan één probleem krijgen één plan en één regisseur.",
                                "Het toegangsteam wijst de regie toe. Bij complexe situaties kiest het team een"
                                        + " procesregisseur van een aanbieder.",
                                "Regie is onderdeel van het tarief. Intensieve regie betaalt de gemeente apart,"
                                        + " per uur.",
                                "Volwassenen met vragen op meer gebieden krijgen ook één plan.",
                                "Het sociaal wijkteam wijst de regie toe.",
                                "Regie valt onder de subsidie voor het sociaal wijkteam."));
    }

    /**
     * IMP-3, IMP-4: the provider's implementation checklist with every item done, so that its implementation
     * counts as done.
     */
    private void finishedChecklist(UUID organisation, AccountPrincipal keeper, LocalDate today, String name) {
        var id = use.checklists().start(organisation, ORGANISATION_TEMPLATE, keeper);
        var items = use.checklists().find(id, keeper).items();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            use.checklists()
                    .changeItem(
                            id,
                            item.id(),
                            keeper,
                            item.version(),
                            new ChecklistItemChange(
                                    item.action(), name, today.minusMonths(12).plusWeeks(i), ChecklistStatus.DONE));
        }
    }

    /** Starts a checklist and records the first items: one done, one under way, one planned. */
    private void checklist(UUID organisation, UUID template, AccountPrincipal keeper, LocalDate today, String name) {
        var id = use.checklists().start(organisation, template, keeper);
        var items = use.checklists().find(id, keeper).items();
        var changes = List.of(
                new ChecklistItemChange(
                        "Besproken in het managementoverleg", name, today.minusWeeks(3), ChecklistStatus.DONE),
                new ChecklistItemChange(
                        "Werkafspraken opschrijven met de aanbieders",
                        name,
                        today.plusWeeks(4),
                        ChecklistStatus.IN_PROGRESS),
                new ChecklistItemChange(
                        "Op de agenda van het volgende overleg", name, today.plusWeeks(8), ChecklistStatus.TO_DO));
        for (int i = 0; i < Math.min(changes.size(), items.size()); i++) {
            var item = items.get(i);
            use.checklists().changeItem(id, item.id(), keeper, item.version(), changes.get(i));
        }
    }

    private void train(AccountPrincipal admin, AccountPrincipal person, TrainingKind kind, LocalDate on) {
        var version = use.administration().open(admin.id(), person.id()).version();
        use.training().record(admin.id(), person.id(), version, kind, on);
    }
}
