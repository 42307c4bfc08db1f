package nl.eenplan.plan.provision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.Provision;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionRequest;
import nl.eenplan.plan.provision.ProvisionStatus;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;
import org.springframework.format.annotation.DateTimeFormat;

/** A provision on tab 3 as the page's form sends it (PL-3): new, or changed with its status. */
record ProvisionForm(
        Integer version,
        UUID memberId,
        Law law,
        ProvisionKind kind,
        String kindOther,
        String provider,
        String reason,
        Integer volume,
        ScopeUnit unit,
        ScopeFrequency frequency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        List<UUID> goalIds,
        ProvisionStatus status) {

    ProvisionForm {
        goalIds = goalIds == null
                ? List.of()
                : goalIds.stream().filter(g -> g != null).toList();
    }

    static ProvisionForm empty() {
        return new ProvisionForm(null, null, null, null, "", "", "", null, null, null, null, null, List.of(), null);
    }

    static ProvisionForm of(Provision p) {
        return new ProvisionForm(
                null,
                p.memberId(),
                p.law(),
                p.kind(),
                p.kindOther(),
                p.provider(),
                p.reason(),
                p.volume(),
                p.unit(),
                p.frequency(),
                p.startDate(),
                p.endDate(),
                p.goalIds(),
                p.status());
    }

    ProvisionRequest toRequest() {
        return new ProvisionRequest(
                memberId, law, kind, kindOther, provider, reason, volume, unit, frequency, startDate, endDate, goalIds);
    }

    public boolean serves(UUID goalId) {
        return goalIds.contains(goalId);
    }

    /** The field a refusal is about, to show the message beside it. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "provision.refused.member" -> "memberId";
            case "provision.refused.law", "provision.refused.lawNotApplicable" -> "law";
            case "provision.refused.kind", "provision.refused.kindLaw" -> "kind";
            case "provision.refused.kindOther" -> "kindOther";
            case "provision.refused.scope", "provision.refused.volume" -> "volume";
            case "provision.refused.dates", "provision.refused.dateImplausible" -> "startDate";
            case "provision.refused.goals" -> "goalIds";
            case "provision.refused.tooLong" -> "reason";
            default -> "form";
        };
    }
}
