package nl.eenplan.implementation.web;

import nl.eenplan.implementation.MunicipalFramework;

/**
 * IMP-1: {@code PUT /api/v1/municipalities/{municipalityId}/framework}: the six texts as they are to be
 * now; a missing text is empty. Texts that break a rule: 400 naming each field.
 */
record FrameworkRequest(
        String youthPolicy,
        String youthCoordination,
        String youthFunding,
        String wmoPolicy,
        String wmoCoordination,
        String wmoFunding) {

    MunicipalFramework framework() {
        return new MunicipalFramework(
                youthPolicy, youthCoordination, youthFunding, wmoPolicy, wmoCoordination, wmoFunding);
    }
}
