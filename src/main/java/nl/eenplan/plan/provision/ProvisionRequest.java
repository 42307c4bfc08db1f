package nl.eenplan.plan.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.PlanRefused;

/**
 * PL-3: what someone asks on tab 3, by form or API, before it is checked against the plan. {@link
 * #check} refuses, with a message key, what the method does not allow.
 */
public record ProvisionRequest(
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
        List<UUID> goalIds) {

    static final int MAX_VOLUME = 10_000;

    public ProvisionRequest {
        goalIds = goalIds == null
                ? List.of()
                : goalIds.stream().filter(Objects::nonNull).distinct().toList();
        kindOther = trim(kindOther);
        provider = trim(provider);
        reason = trim(reason);
    }

    /** The rules that need no plan: every one refused with its own key. */
    void check() {
        if (memberId == null) {
            throw new PlanRefused("provision.refused.member");
        }
        if (law == null) {
            throw new PlanRefused("provision.refused.law");
        }
        if (kind == null) {
            throw new PlanRefused("provision.refused.kind");
        }
        if (!kind.fits(law)) {
            throw new PlanRefused("provision.refused.kindLaw");
        }
        if (kind == ProvisionKind.OTHER && kindOther.isEmpty()) {
            throw new PlanRefused("provision.refused.kindOther");
        }
        if (!FieldRules.isText(kindOther, FieldRules.NAME, false)
                || !FieldRules.isText(provider, FieldRules.NAME, false)
                || !FieldRules.isText(reason, FieldRules.TEXT, true)) {
            throw new PlanRefused("provision.refused.tooLong");
        }
        var scopeParts = (volume == null ? 0 : 1) + (unit == null ? 0 : 1) + (frequency == null ? 0 : 1);
        if (scopeParts != 0 && scopeParts != 3) {
            throw new PlanRefused("provision.refused.scope");
        }
        if (volume != null && (volume < 1 || volume > MAX_VOLUME)) {
            throw new PlanRefused("provision.refused.volume");
        }
        if (!FieldRules.isPlausible(startDate) || !FieldRules.isPlausible(endDate)) {
            throw new PlanRefused("provision.refused.dateImplausible");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new PlanRefused("provision.refused.dates");
        }
        if (goalIds.isEmpty()) {
            throw new PlanRefused("provision.refused.goals");
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
