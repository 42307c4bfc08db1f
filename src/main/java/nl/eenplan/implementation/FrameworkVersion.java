package nl.eenplan.implementation;

import java.time.Instant;
import java.util.UUID;

/** IMP-1: one version of a municipality's frameworks, with who recorded it and when; version 0 is none yet. */
public record FrameworkVersion(
        UUID municipalityId,
        int version,
        MunicipalFramework framework,
        UUID changedBy,
        String changedByName,
        Instant changedAt) {}
