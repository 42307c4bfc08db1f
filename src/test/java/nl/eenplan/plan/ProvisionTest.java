package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Members;
import nl.eenplan.household.NewMember;
import nl.eenplan.plan.provision.DecisionRequests;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.MemberLawEntry;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionRequest;
import nl.eenplan.plan.provision.Provisions;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The Jansen family of {@link PlanPageTest} with a son of ten and a goal, for tab 3 (PL-3, PL-10). */
abstract class ProvisionTest extends PlanPageTest {

    @Autowired
    Provisions provisions;

    @Autowired
    DecisionRequests decisionRequests;

    @Autowired
    Members members;

    @Autowired
    HouseholdRegister register;

    UUID tim;
    UUID sanne;
    UUID schoolGoal;

    @BeforeEach
    void aSonAndAGoal() {
        tim = members.add(household, NewMember.born("Tim", familyName, today().minusYears(10), "zoon"), hanna.id());
        sanne = jdbc.sql("select id from household_member where household_id = ? and given_name = 'Sanne'")
                .param(household)
                .query(UUID.class)
                .single();
        register.grantParentalAuthority(tim, sanne);
        shareWholePlanWith(household, hanna.id());
        schoolGoal = goal("Tim gaat weer graag naar school");
    }

    /** Four hours a week of outpatient youth care for Tim, for the school goal. */
    ProvisionRequest youthCareForTim() {
        return new ProvisionRequest(
                tim,
                Law.JEUGDWET,
                ProvisionKind.YOUTH_OUTPATIENT,
                null,
                "Jeugdzorg Midden",
                "Tim heeft hulp nodig bij angst.",
                4,
                ScopeUnit.HOUR,
                ScopeFrequency.PER_WEEK,
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 7, 2),
                List.of(schoolGoal));
    }

    /** Help in the household for Sanne under the Wmo, without a scope. */
    ProvisionRequest householdHelpForSanne() {
        return new ProvisionRequest(
                sanne,
                Law.WMO,
                ProvisionKind.WMO_HOUSEHOLD_HELP,
                null,
                "",
                "Sanne is vaak moe.",
                null,
                null,
                null,
                null,
                null,
                List.of(schoolGoal));
    }

    void wmoFor(UUID member, LocalDate requested) {
        provisions.setLaw(
                household, viewer(hanna), version(), new MemberLawEntry(member, MemberLaw.WMO, requested, null));
    }

    long provisionRows() {
        return jdbc.sql("select count(*) from plan_provision p join plan on plan.id = p.plan_id where household_id = ?")
                .param(household)
                .query(Long.class)
                .single();
    }
}
