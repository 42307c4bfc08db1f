package nl.eenplan.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo in one transaction and returns its logins; the passwords are generated here and
 * shown once. Every role lands on real work: see {@link DemoHousehold}.
 */
class DemoData {

    private final AccountDirectory accounts;
    private final OrganisationDirectory organisations;
    private final DemoHousehold household;
    private final DemoCaseload caseload;
    private final DemoMunicipality municipality;
    private final Clock clock;

    DemoData(
            AccountDirectory accounts,
            OrganisationDirectory organisations,
            DemoHousehold household,
            DemoCaseload caseload,
            DemoMunicipality municipality,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.household = household;
        this.caseload = caseload;
        this.municipality = municipality;
        this.clock = clock;
    }

    record DemoLogin(String role, String email, String password) {}

    @Transactional
    List<DemoLogin> create() {
        var cast = new DemoPeople(accounts, organisations).cast();
        var today = DutchTime.today(clock);
        var jansen = household.build(cast, today);
        caseload.build(cast, today);
        municipality.build(cast, jansen, today);
        return cast.logins();
    }

    /**
     * The logins, framed so they stand out among the log lines. Staff and administrators link an
     * authenticator app at their first login (they need one on their phone or computer).
     */
    static void print(List<DemoLogin> logins, MessageSource messages, PrintStream out, boolean terminal) {
        var line = "=".repeat(96);
        var bold = terminal ? "\u001B[1m" : "";
        var plain = terminal ? "\u001B[0m" : "";
        out.println();
        out.println(line);
        out.println(bold + "  EenPlan demo: logins (shown once)" + plain);
        out.println("  Staff and administrators link an authenticator app at their first login;");
        out.println("  the household and the network log in with their password alone.");
        out.println("  Under each login: what to try with it.");
        out.println(line);
        for (var login : logins) {
            out.printf("  %-26s %-38s %s%s%s%n", login.role(), login.email(), bold, login.password(), plain);
            DemoTryouts.of(login.email(), messages).forEach(tryout -> out.println("      " + tryout));
        }
        out.println(line);
        out.println();
    }
}
