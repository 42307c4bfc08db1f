package nl.eenplan.plan.safety;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * the household's safety plans (PL-6) in a member's copy of his personal data, with every line; as on
 * the tab, only for a member of {@link SafetySight#MEMBER_FROM_AGE} or older.
 */
@Component
class SafetyPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final SafetyPlans safetyPlans;
    private final HouseholdRegister households;
    private final Clock clock;

    SafetyPersonalData(JdbcClient jdbc, SafetyPlans safetyPlans, HouseholdRegister households, Clock clock) {
        this.jdbc = jdbc;
        this.safetyPlans = safetyPlans;
        this.households = households;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var today = DutchTime.today(clock);
        var sees = households.members(householdId).stream()
                .anyMatch(m -> m.id().equals(memberId) && m.ageOn(today) >= SafetySight.MEMBER_FROM_AGE);
        var data = new LinkedHashMap<String, Object>();
        if (sees) {
            var planIds = jdbc.sql("select id from plan where household_id = ? order by created_at")
                    .param(householdId)
                    .query(UUID.class)
                    .list();
            data.put(
                    "safetyPlans",
                    planIds.stream()
                            .flatMap(id -> safetyPlans.ofPlan(id).stream())
                            .map(SafetyPersonalData::of)
                            .toList());
        }
        return new PersonalDataSection("safetyPlan", data);
    }

    private static Map<String, Object> of(SafetyPlan s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("startedOn", s.startedOn());
        m.put("reason", s.reason());
        m.put("endedOn", s.endedOn());
        m.put("endReason", s.endReason());
        m.put("lines", s.lines());
        return m;
    }
}
