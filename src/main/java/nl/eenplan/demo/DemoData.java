package nl.eenplan.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo and returns its logins; the passwords are generated here and shown once. */
class DemoData {

    private final AccountDirectory accounts;
    private final OrganisationDirectory organisations;
    private final HouseholdRegister households;
    private final Clock clock;

    DemoData(
            AccountDirectory accounts, OrganisationDirectory organisations, HouseholdRegister households, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.households = households;
        this.clock = clock;
    }

    record DemoLogin(String role, String email, String password) {}

    @Transactional
    List<DemoLogin> create() {
        var logins = new ArrayList<DemoLogin>();
        var municipality = organisations.found("Gemeente Voorbeeldstad", OrganisationKind.MUNICIPALITY, null);
        var accessTeam =
                organisations.found("Toegangsteam Voorbeeldstad", OrganisationKind.ACCESS_TEAM, municipality.id());
        var youthCare = organisations.found("Jeugdhulp De Brug", OrganisationKind.PROVIDER, municipality.id());
        var debtHelp = organisations.found("Schuldhulp Op Orde", OrganisationKind.PROVIDER, municipality.id());

        account(logins, "beheerder", "beheer@voorbeeldstad.example", "Bram Beheer", AccountKind.ADMINISTRATOR);
        staff(
                logins,
                "aanspreekpunt",
                "aanspreekpunt@voorbeeldstad.example",
                "Carla Contact",
                municipality.id(),
                StaffRole.MUNICIPAL_CONTACT_POINT);
        staff(
                logins,
                "toegangsteam",
                "toegang@voorbeeldstad.example",
                "Tim Toegang",
                accessTeam.id(),
                StaffRole.ACCESS_TEAM_MEMBER);
        staff(
                logins,
                "leidinggevende De Brug",
                "manager@debrug.example",
                "Mila Manager",
                youthCare.id(),
                StaffRole.MANAGER);
        staff(
                logins,
                "hulpverlener De Brug",
                "hulp@debrug.example",
                "Hanna Hulp",
                youthCare.id(),
                StaffRole.PROFESSIONAL);
        staff(
                logins,
                "leidinggevende Op Orde",
                "manager@oporde.example",
                "Olaf Orde",
                debtHelp.id(),
                StaffRole.MANAGER);
        staff(
                logins,
                "hulpverlener Op Orde",
                "hulp@oporde.example",
                "Sem Schuld",
                debtHelp.id(),
                StaffRole.PROFESSIONAL);

        var today = DutchTime.today(clock);
        var ids = households.register(
                "Gezin Jansen",
                municipality.id(),
                "Lindelaan 12",
                "1234 AB",
                "Voorbeeldstad",
                List.of(
                        NewMember.born("Fatima", "Jansen", today.minusYears(38).minusDays(40), "moeder"),
                        NewMember.born("Michael", "Jansen", today.minusYears(14).minusDays(100), "zoon"),
                        NewMember.born("Sara", "Jansen", today.minusYears(9).minusDays(20), "dochter"),
                        NewMember.unborn("Baby", "Jansen", today.plusMonths(4), "verwacht kind")));
        var mother = ids.get(1);
        households.grantParentalAuthority(ids.get(2), mother);
        households.grantParentalAuthority(ids.get(3), mother);
        var motherAccount =
                account(logins, "gezinslid (moeder)", "fatima@gezin.example", "Fatima Jansen", AccountKind.CITIZEN);
        households.linkAccount(mother, motherAccount);
        return logins;
    }

    private UUID account(List<DemoLogin> logins, String role, String email, String name, AccountKind kind) {
        var password = DemoPasswords.generate();
        var account = accounts.createActive(email, name, kind, password);
        logins.add(new DemoLogin(role, email, password));
        return account.id();
    }

    private void staff(
            List<DemoLogin> logins, String role, String email, String name, UUID organisationId, StaffRole staffRole) {
        organisations.assign(account(logins, role, email, name, AccountKind.STAFF), organisationId, staffRole);
    }

    static void print(List<DemoLogin> logins, PrintStream out) {
        out.println();
        out.println(
                "=== EenPlan demo: logins (shown once; staff and administrators set up two-factor authentication at first login) ===");
        for (var login : logins) {
            out.printf("  %-26s %-38s %s%n", login.role(), login.email(), login.password());
        }
        out.println("=====================================================================================");
        out.println();
    }
}
