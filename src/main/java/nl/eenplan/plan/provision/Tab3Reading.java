package nl.eenplan.plan.provision;

import java.time.Clock;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.provision.Tab3.GoalChoice;
import nl.eenplan.plan.provision.Tab3.MemberLine;
import org.springframework.stereotype.Component;

/** Puts tab 3 together from its rows, the household's members and the plan's goals (PL-3, PL-10). */
@Component
class Tab3Reading {

    private final ProvisionRows rows;
    private final HouseholdRegister households;
    private final PlanTerms terms;
    private final Clock clock;

    Tab3Reading(ProvisionRows rows, HouseholdRegister households, PlanTerms terms, Clock clock) {
        this.rows = rows;
        this.households = households;
        this.terms = terms;
        this.clock = clock;
    }

    Tab3 of(Plan plan) {
        var today = DutchTime.today(clock);
        var laws = ProvisionRows.byMember(rows.laws(plan.id()));
        var members = households.members(plan.householdId()).stream()
                .map(m -> {
                    var entry = laws.get(m.id());
                    var law = entry == null ? MemberLaw.byDefault(m, today) : entry.law();
                    var requested = entry == null || !law.wmo() ? null : entry.supportRequestedOn();
                    return new MemberLine(
                            m, law, entry != null, entry, requested == null ? null : terms.personalPlan(requested));
                })
                .toList();
        var goals = plan.goals().stream()
                .map(g -> new GoalChoice(g.id(), g.title()))
                .toList();
        return new Tab3(plan, members, rows.of(plan.id()), goals);
    }
}
