package nl.eenplan.plan.treatment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import org.springframework.stereotype.Component;

/**
 * the treatment plans every plan of the household mentions (PL-7), current and ended, in a
 * member's personal-data copy: the household sees them all.
 */
@Component
class TreatmentPlanPersonalData implements PersonalDataSource {

    private final TreatmentPlanRows rows;

    TreatmentPlanPersonalData(TreatmentPlanRows rows) {
        this.rows = rows;
    }

    @Override
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        List<Map<String, Object>> links = rows.plansOf(householdId).stream()
                .flatMap(planId -> rows.of(planId).stream())
                .map(this::link)
                .toList();
        return new PersonalDataSection("treatmentPlans", Map.of("treatmentPlans", links));
    }

    private Map<String, Object> link(TreatmentPlanLink link) {
        var data = new LinkedHashMap<String, Object>();
        data.put("professional", link.professionalName());
        data.put("organisation", link.organisationName());
        data.put("name", link.name());
        data.put("reference", link.reference());
        data.put("validFrom", link.validFrom());
        data.put("validTo", link.validTo());
        data.put("goals", rows.goalTitles(link.goalIds()));
        data.put("householdAgreedAt", link.agreedAt());
        data.put("endedOn", link.endedOn());
        return data;
    }
}
