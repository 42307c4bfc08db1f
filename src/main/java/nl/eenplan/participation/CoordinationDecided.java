package nl.eenplan.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * R-3, MON-2: coordination of a household was recorded (first decided, changed or handed over): the
 * household's municipality, the coordinator's account and organisation (null for a household member without them), the form
 * and whether it is complex. Ids only, no names: monitoring counts it.
 */
public record CoordinationDecided(
        UUID householdId,
        UUID municipalityId,
        UUID coordinatorId,
        UUID coordinatorAccountId,
        UUID organisationId,
        CoordinationForm form,
        boolean complex,
        Instant at) {}
