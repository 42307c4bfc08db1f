package nl.eenplan.monitoring;

import java.util.UUID;

/** A municipality that left another region to join this one (a municipality is in at most one). */
public record RegionMove(UUID municipalityId, String fromRegion) {}
