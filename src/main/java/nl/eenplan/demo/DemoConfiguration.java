package nl.eenplan.demo;

import java.time.Clock;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.implementation.Checklists;
import nl.eenplan.implementation.MunicipalFrameworks;
import nl.eenplan.implementation.ProviderRecords;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.CoordinationIntensities;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.Team;
import nl.eenplan.participation.TeamViewers;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.lifearea.LifeAreas;
import nl.eenplan.plan.provision.Provisions;
import nl.eenplan.plan.safety.SafetyPlanning;
import nl.eenplan.plan.treatment.TreatmentPlans;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eenplan.demo", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoData demoData(
            AccountDirectory accounts,
            OrganisationDirectory organisations,
            DemoSteps.UseCases useCases,
            DemoPlanParts.UseCases partUseCases,
            DemoMunicipality.UseCases municipalUseCases,
            PlanClosing closing,
            Clock clock) {
        var steps = new DemoSteps(useCases);
        return new DemoData(
                accounts,
                organisations,
                new DemoHousehold(steps, new DemoJansenPlan(steps, new DemoPlanParts(partUseCases))),
                new DemoCaseload(steps, closing),
                new DemoMunicipality(municipalUseCases),
                clock);
    }

    @Bean
    DemoPlanParts.UseCases demoPartUseCases(
            PlanAccess access,
            PlanReading reading,
            PlanEditing editing,
            Provisions provisions,
            LifeAreas lifeAreas,
            SafetyPlanning safety,
            TreatmentPlans treatment) {
        return new DemoPlanParts.UseCases(access, reading, editing, provisions, lifeAreas, safety, treatment);
    }

    @Bean
    DemoMunicipality.UseCases demoMunicipalUseCases(
            MunicipalFrameworks frameworks,
            Checklists checklists,
            ProviderRecords providerRecords,
            ProviderRequirements requirements,
            StaffTraining training,
            AccountAdministration administration,
            CoordinationIntensities intensities,
            TeamViewers teamViewers) {
        return new DemoMunicipality.UseCases(
                frameworks,
                checklists,
                providerRecords,
                requirements,
                training,
                administration,
                intensities,
                teamViewers);
    }

    @Bean
    DemoSteps.UseCases demoUseCases(
            HouseholdRegister households,
            CaseOpening cases,
            Team team,
            TeamViewers teamViewers,
            ParentalAuthorities authorities,
            Coordinations coordinations,
            ConsentRegistry consents,
            ConsentRule consentRule,
            PlanAccess access,
            PlanReading reading,
            PlanEditing editing,
            PlanEstablishing establishing,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            StagnationSignals signals) {
        return new DemoSteps.UseCases(
                households,
                cases,
                team,
                teamViewers,
                authorities,
                coordinations,
                consents,
                consentRule,
                access,
                reading,
                editing,
                establishing,
                roundTables,
                invitations,
                signals);
    }

    /** Only into an empty database: a restart never adds a second demo. */
    @Bean
    ApplicationRunner demoOnFirstStart(DemoData demo, AccountDirectory accounts, MessageSource messages) {
        return args -> {
            if (accounts.all().isEmpty()) {
                var console = System.console();
                var started = System.nanoTime();
                var logins = demo.create();
                LoggerFactory.getLogger(DemoData.class)
                        .info("Demo created in {} ms", (System.nanoTime() - started) / 1_000_000);
                DemoData.print(logins, messages, System.out, console != null && console.isTerminal());
            }
        };
    }
}
