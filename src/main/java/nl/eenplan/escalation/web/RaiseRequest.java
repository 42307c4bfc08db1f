package nl.eenplan.escalation.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * E-2..E-4: {@code POST .../escalations/{escalationId}/raise}: up to this step (only the next one: a
 * step is never skipped), with its owner and at step 3 the second owner chosen among the candidates
 * the escalation names under {@code next}; the first candidate when none is chosen.
 */
record RaiseRequest(
        @NotNull(message = "{escalation.refused.notHigher}") Integer toStep, UUID owner, UUID secondOwner) {}
