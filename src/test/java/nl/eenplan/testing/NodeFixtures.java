package nl.eenplan.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Data for the tests that start EenPlan nodes of their own, outside the shared test context. */
public final class NodeFixtures {

    private NodeFixtures() {}

    /**
     * Starts an EenPlan node on this database (as its superuser) and on this port (0: any free one),
     * named for db-scheduler, with these further arguments ({@code --name=value}).
     */
    public static ConfigurableApplicationContext startNode(
            EmbeddedPostgres postgres, String name, int port, String... more) {
        var arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--eenplan.demo=false",
                "--eenplan.first-administrator=",
                "--eenplan.base-url=https://eenplan.test",
                "--db-scheduler.scheduler-name=" + name,
                "--spring.main.banner-mode=off",
                "--logging.structured.format.console="));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(EenPlanApplication.class)
                .registerShutdownHook(false)
                .run(arguments.toArray(String[]::new));
    }

    /** A household and the professional who opened its case. */
    public record OpenedCase(UUID household, AccountPrincipal professional) {}

    /**
     * In a new municipality and youth-care provider of this town, a professional (Hanna Hulp, with this
     * e-mail address and password) opens the case of a household with one member, an adult mother born
     * 2 April 1988, who consents to sharing her whole plan with Hanna (C-1).
     */
    public static OpenedCase openCase(
            ApplicationContext node, String town, String email, String password, String mother, String family) {
        var organisations = node.getBean(OrganisationDirectory.class);
        var municipality = organisations.found("Gemeente " + town, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdzorg " + town, OrganisationKind.PROVIDER, municipality.id());
        var staff = node.getBean(AccountDirectory.class).createActive(email, "Hanna Hulp", AccountKind.STAFF, password);
        organisations.assign(staff.id(), provider.id(), StaffRole.PROFESSIONAL);
        var hanna = new AccountPrincipal(staff.id(), staff.email(), staff.displayName(), staff.kind());
        var household = node.getBean(CaseOpening.class)
                .open(
                        hanna,
                        new NewHousehold(
                                "Gezin " + family,
                                municipality.id(),
                                "Dorpsstraat 1",
                                "1234 AB",
                                town,
                                List.of(NewMember.born(mother, family, LocalDate.of(1988, 4, 2), "moeder"))));
        node.getBean(ConsentFixtures.class).shareWholePlanWith(household, hanna.id());
        return new OpenedCase(household, hanna);
    }
}
