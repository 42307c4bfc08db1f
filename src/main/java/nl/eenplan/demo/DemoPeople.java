package nl.eenplan.demo;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;

/**
 * The organisations of the demo and an account for every role, each with a generated password that
 * is shown once. Display names are those the demo's pages and mails use.
 */
class DemoPeople {

    /** Who is who in the demo; {@code logins} in the order they are printed. */
    record Cast(
            Organisation municipality,
            Organisation accessTeam,
            Organisation youthCare,
            Organisation debtHelp,
            AccountPrincipal mother,
            AccountPrincipal grandmother,
            AccountPrincipal coordinator,
            AccountPrincipal debtCounsellor,
            AccountPrincipal accessWorker,
            AccountPrincipal youthCareManager,
            AccountPrincipal debtHelpManager,
            AccountPrincipal contactPoint,
            AccountPrincipal administrator,
            List<DemoData.DemoLogin> logins) {}

    private final AccountDirectory accounts;
    private final OrganisationDirectory organisations;
    private final List<DemoData.DemoLogin> logins = new ArrayList<>();

    DemoPeople(AccountDirectory accounts, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    Cast cast() {
        var municipality = organisations.found("Gemeente Voorbeeldstad", OrganisationKind.MUNICIPALITY, null);
        var accessTeam =
                organisations.found("Toegangsteam Voorbeeldstad", OrganisationKind.ACCESS_TEAM, municipality.id());
        var youthCare = organisations.found("Jeugdhulp De Brug", OrganisationKind.PROVIDER, municipality.id());
        var debtHelp = organisations.found("Schuldhulp Op Orde", OrganisationKind.PROVIDER, municipality.id());

        var mother = account("gezinslid (moeder)", "fatima@gezin.example", "Fatima Jansen", AccountKind.CITIZEN);
        var grandmother = account("netwerk (oma)", "oma.ans@netwerk.example", "Ans de Wit", AccountKind.CITIZEN);
        var coordinator =
                staff("regisseur (De Brug)", "hulp@debrug.example", "Hanna Hulp", youthCare, StaffRole.PROFESSIONAL);
        var debtCounsellor =
                staff("hulpverlener (Op Orde)", "hulp@oporde.example", "Sem Schuld", debtHelp, StaffRole.PROFESSIONAL);
        var youthCareManager =
                staff("leidinggevende De Brug", "manager@debrug.example", "Mila Manager", youthCare, StaffRole.MANAGER);
        // IMP-4: De Brug has an attention officer; its manager is that too.
        organisations.assign(youthCareManager.id(), youthCare.id(), StaffRole.ATTENTION_OFFICER);
        var debtHelpManager =
                staff("leidinggevende Op Orde", "manager@oporde.example", "Olaf Orde", debtHelp, StaffRole.MANAGER);
        var contactPoint = staff(
                "aanspreekpunt gemeente",
                "aanspreekpunt@voorbeeldstad.example",
                "Carla Contact",
                municipality,
                StaffRole.MUNICIPAL_CONTACT_POINT);
        var accessWorker = staff(
                "toegangsteam",
                "toegang@voorbeeldstad.example",
                "Tim Toegang",
                accessTeam,
                StaffRole.ACCESS_TEAM_MEMBER);
        var administrator =
                account("beheerder", "beheer@voorbeeldstad.example", "Bram Beheer", AccountKind.ADMINISTRATOR);
        return new Cast(
                municipality,
                accessTeam,
                youthCare,
                debtHelp,
                mother,
                grandmother,
                coordinator,
                debtCounsellor,
                accessWorker,
                youthCareManager,
                debtHelpManager,
                contactPoint,
                administrator,
                List.copyOf(logins));
    }

    private AccountPrincipal account(String role, String email, String name, AccountKind kind) {
        var password = DemoPasswords.generate();
        var account = accounts.createActive(email, name, kind, password);
        logins.add(new DemoData.DemoLogin(role, email, password));
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private AccountPrincipal staff(String role, String email, String name, Organisation at, StaffRole staffRole) {
        var person = account(role, email, name, AccountKind.STAFF);
        organisations.assign(person.id(), at.id(), staffRole);
        return person;
    }
}
