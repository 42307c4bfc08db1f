package nl.eenplan.demo;

import java.time.Clock;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.Team;
import nl.eenplan.participation.TeamViewers;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eenplan.demo", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoData demoData(
            AccountDirectory accounts,
            OrganisationDirectory organisations,
            DemoHousehold.UseCases useCases,
            Clock clock) {
        return new DemoData(accounts, organisations, new DemoHousehold(useCases), clock);
    }

    @Bean
    DemoHousehold.UseCases demoUseCases(
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
        return new DemoHousehold.UseCases(
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
    ApplicationRunner demoOnFirstStart(DemoData demo, AccountDirectory accounts) {
        return args -> {
            if (accounts.all().isEmpty()) {
                var console = System.console();
                DemoData.print(demo.create(), System.out, console != null && console.isTerminal());
            }
        };
    }
}
