package nl.eenplan.plan.provision.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionRequest;
import nl.eenplan.plan.provision.ProvisionStatus;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;

/**
 * A provision through the API (PL-3): for which member, under which law, what kind, from which provider,
 * which goals it serves and why, how much, from and until when; {@code status} only when changing.
 */
record ProvisionBody(
        UUID memberId,
        Law law,
        ProvisionKind kind,
        String kindOther,
        String provider,
        String reason,
        Integer volume,
        ScopeUnit unit,
        ScopeFrequency frequency,
        LocalDate startDate,
        LocalDate endDate,

        @Size(max = FieldRules.ROWS, message = "{provision.refused.goals}")
        List<UUID> goalIds,

        ProvisionStatus status) {

    ProvisionRequest toRequest() {
        return new ProvisionRequest(
                memberId, law, kind, kindOther, provider, reason, volume, unit, frequency, startDate, endDate, goalIds);
    }
}
