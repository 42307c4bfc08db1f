package nl.eenplan.plan.provision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * PL-3: a custom provision asked for one household member on tab 3 of the plan: under which law, what
 * kind, from which provider, the goals of the plan it serves and why, how much (volume, unit,
 * frequency, e.g. 4 hours a week), from and until when, and where the request stands.
 */
public record Provision(
        UUID id,
        UUID planId,
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
        ProvisionStatus status,
        List<UUID> goalIds,
        Instant createdAt) {

    public Provision {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }

    /** Whether the requested scope is given (volume, unit and frequency together). */
    public boolean hasScope() {
        return volume != null && unit != null && frequency != null;
    }
}
