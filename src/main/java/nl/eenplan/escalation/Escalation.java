package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional's stagnation on the ladder (E-1..E-4): the agreement (action) not kept, the
 * coordinator and the professional as they were when it started, the steps so far and whether it
 * was handed back to the coordinator. Names are kept as they were, so the history stays readable.
 */
public record Escalation(
        UUID id,
        int version,
        UUID householdId,
        UUID municipalityId,
        UUID actionId,
        UUID goalId,
        String actionWhat,
        Parties parties,
        UUID contactPointParticipantId,
        int currentStep,
        boolean closed,
        LocalDate startedOn,
        LocalDate closedOn,
        UUID planActionId,
        List<EscalationStep> steps) {

    /** Who the escalation is about: the coordinator who leads it and the professional concerned. */
    public record Parties(
            UUID coordinatorId,
            UUID coordinatorAccountId,
            String coordinatorName,
            UUID coordinatorOrganisationId,
            UUID professionalId,
            String professionalName,
            UUID professionalOrganisationId) {

        public Parties {
            Objects.requireNonNull(coordinatorId, "coordinatorId");
            Objects.requireNonNull(coordinatorAccountId, "coordinatorAccountId");
            Objects.requireNonNull(professionalId, "professionalId");
            Objects.requireNonNull(professionalOrganisationId, "professionalOrganisationId");
        }
    }

    public Escalation {
        Objects.requireNonNull(parties, "parties");
        steps = List.copyOf(steps);
        if (steps.size() != currentStep) {
            throw new IllegalArgumentException("an escalation has one step for every rung it climbed");
        }
    }

    public boolean open() {
        return !closed;
    }

    public EscalationStep current() {
        return steps.getLast();
    }

    public EscalationStep step(int number) {
        return steps.get(number - 1);
    }

    public boolean ownsAnyStep(UUID accountId) {
        return steps.stream().anyMatch(s -> s.ownedBy(accountId));
    }

    /** The organisations involved: the coordinator's (if a professional) and the professional's. */
    public boolean involvesOrganisation(UUID organisationId) {
        return organisationId.equals(parties.professionalOrganisationId())
                || organisationId.equals(parties.coordinatorOrganisationId());
    }
}
