package nl.eenplan.plan.provision;

import java.util.LinkedHashMap;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tab 3 in a member's personal-data copy: as with the rest of the plan, a household member sees
 * all of it, so the copy holds every provision asked for in any of the household's plans and what each
 * plan recorded about the law per member (PL-3, PL-10).
 */
@Component
class ProvisionPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final ProvisionRows rows;

    ProvisionPersonalData(JdbcClient jdbc, ProvisionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var plans = jdbc.sql("select id from plan where household_id = ? order by created_at")
                .param(householdId)
                .query(UUID.class)
                .list();
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "plans",
                plans.stream()
                        .map(id -> new PlanProvisions(id, rows.of(id), rows.laws(id)))
                        .toList());
        return new PersonalDataSection("provisions", data);
    }

    /** One plan's provisions and laws per member. */
    record PlanProvisions(UUID planId, java.util.List<Provision> provisions, java.util.List<MemberLawEntry> laws) {}
}
