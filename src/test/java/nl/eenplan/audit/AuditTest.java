package nl.eenplan.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.testing.AsOwner;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Bakker family for the access-log tests, registered by Hanna Hulp of a youth-care provider:
 * Sanne (mother, with parental authority over both children), Karim (father, without), Sara (12)
 * and Daan (17). Sanne logs in through her place in the team, Karim through the household register.
 */
abstract class AuditTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    PlanEstablishing planEstablishing;

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanReading planReading;

    @Autowired
    PlanAccess access;

    @Autowired
    Team team;

    @Autowired
    HouseholdRegister households;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditSealer sealer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Organisation municipality;
    Organisation provider;
    AccountPrincipal hanna;
    AccountPrincipal sanne;
    AccountPrincipal karim;
    UUID household;
    String familyName;

    @BeforeEach
    void theBakkerFamily() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        hanna = staff("Hanna Hulp");
        familyName = "Bakker" + suffix;
        var today = LocalDate.now();
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", familyName, LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.born("Karim", familyName, LocalDate.of(1986, 1, 9), "vader"),
                                NewMember.born(
                                        "Sara", familyName, today.minusYears(12).minusDays(3), "dochter"),
                                NewMember.born(
                                        "Daan", familyName, today.minusYears(17).minusDays(3), "zoon"))));
        households.grantParentalAuthority(member("Sara").id(), member("Sanne").id());
        households.grantParentalAuthority(member("Daan").id(), member("Sanne").id());
        // C-1: the family consents to sharing the plan with Hanna, who registered them.
        shareWholePlanWith(household, hanna.id());
        sanne = citizen("Sanne " + familyName);
        team.linkAccount(participant("Sanne").id(), sanne.id());
        karim = citizen("Karim " + familyName);
        households.linkAccount(member("Karim").id(), karim.id());
    }

    AccountPrincipal staff(String name) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), provider.id(), StaffRole.PROFESSIONAL);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal citizen(String name) {
        var account = accounts.createActive(uniqueEmail("burger"), name, AccountKind.CITIZEN, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal administrator() {
        var account = accounts.createActive(uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        var authorities = person.kind() == AccountKind.ADMINISTRATOR
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }

    Member member(String givenName) {
        return households.members(household).stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow();
    }

    Participant participant(String givenName) {
        return team.of(household).stream()
                .filter(p -> p.name().startsWith(givenName + " "))
                .findFirst()
                .orElseThrow();
    }

    /** Hanna looks at the plan, as the plan page does. */
    void hannaReadsThePlan() {
        planReading.current(household, access.viewer(household, hanna));
    }

    /** An access by this person about one member of the household, as a module would record it. */
    void accessAbout(AccountPrincipal person, String event, String givenName) {
        transactions.executeWithoutResult(
                status -> audit.record(new AuditEvent(person.id(), null, event, "member", null, household, null)
                        .about(member(givenName).id())));
    }

    List<String> events(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }

    /** has everything committed so far sealed (waits while the scheduled sealer holds the lock). */
    void sealAll() {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (unsealed() > 0) {
            sealer.seal(true);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(unsealed() + " entries stay unsealed");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The entries of transactions the newest seal does not reach. */
    long unsealed() {
        return jdbc.sql("""
                        select count(*) from audit_entry where transaction_id >=
                          coalesce((select to_transaction from audit_seal order by seq desc limit 1), '0'::xid8)
                        """).query(Long.class).single();
    }

    /** Whether the entry is sealed: its transaction lies below the newest seal's end. */
    boolean sealed(long entryId) {
        return jdbc.sql("""
                        select exists (select 1 from audit_entry where id = ? and transaction_id <
                          coalesce((select to_transaction from audit_seal order by seq desc limit 1), '0'::xid8))
                        """).param(entryId).query(Boolean.class).single();
    }

    /** An entry of Hanna reading the plan, as a row to store yourself: this id and detail, no hash yet. */
    AuditEntry hannasEntry(long id, String detail) {
        return new AuditEntry(
                id,
                EntryHash.storable(Instant.now()),
                hanna.id(),
                null,
                "PLAN_READ",
                "plan",
                null,
                household,
                detail,
                null,
                null,
                null,
                null);
    }

    /** Stores Hanna's entry through this client, claiming to be written by the transaction the SQL names. */
    void insertClaiming(JdbcClient client, AuditEntry e, String hash, String transactionSql) {
        client.sql("""
                        insert into audit_entry (id, occurred_at, account_id, event, subject_type, household_id, detail,
                          hash, transaction_id)
                        values (?, ?, ?, 'PLAN_READ', 'plan', ?, ?, ?, (%s))
                        """.formatted(transactionSql))
                .params(e.id(), Timestamp.from(e.occurredAt()), hanna.id(), household, e.detail(), hash)
                .update();
    }

    /** As only the owner can: stores the entry with the transaction the SQL names, the trigger that would correct it off. */
    void insertAsOwnerClaiming(EmbeddedDatabase database, AuditEntry e, String hash, String transactionSql) {
        AsOwner.inOneTransaction(database, owner -> {
            owner.sql("alter table audit_entry disable trigger audit_entry_own_transaction")
                    .update();
            insertClaiming(owner, e, hash, transactionSql);
            owner.sql("alter table audit_entry enable trigger audit_entry_own_transaction")
                    .update();
        });
    }

    long nextEntryId() {
        return jdbc.sql("select nextval('audit_entry_id_seq')")
                .query(Long.class)
                .single();
    }

    long lastEntryId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }
}
