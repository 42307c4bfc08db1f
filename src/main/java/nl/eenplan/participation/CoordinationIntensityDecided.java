package nl.eenplan.participation;

import java.util.UUID;

/**
 * the access team decided whether a household's coordination is intensive (or changed the agreed
 * effort or funding); {@code version} is the decision's version after it. Ids only, no effort or funding.
 */
public record CoordinationIntensityDecided(UUID householdId, boolean intensive, int version) {}
