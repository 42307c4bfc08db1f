package nl.eenplan.implementation.web;

import java.time.Instant;
import java.util.UUID;
import nl.eenplan.implementation.FrameworkVersion;

/** IMP-1: a version of a municipality's frameworks through the API; version 0 when nothing is recorded yet. */
record FrameworkResource(
        UUID municipalityId,
        int version,
        Domain youth,
        Domain wmo,
        UUID changedBy,
        String changedByName,
        Instant changedAt) {

    /** The three texts of one domain (Jeugd or Wmo). */
    record Domain(String policy, String coordination, String funding) {}

    static FrameworkResource of(FrameworkVersion v) {
        var f = v.framework();
        return new FrameworkResource(
                v.municipalityId(),
                v.version(),
                new Domain(f.youthPolicy(), f.youthCoordination(), f.youthFunding()),
                new Domain(f.wmoPolicy(), f.wmoCoordination(), f.wmoFunding()),
                v.changedBy(),
                v.changedByName(),
                v.changedAt());
    }
}
