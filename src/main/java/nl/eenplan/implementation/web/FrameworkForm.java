package nl.eenplan.implementation.web;

import nl.eenplan.implementation.FrameworkVersion;
import nl.eenplan.implementation.MunicipalFramework;

/** IMP-1: the six texts of a municipality's frameworks as typed, and the version they were read at. */
record FrameworkForm(
        String youthPolicy,
        String youthCoordination,
        String youthFunding,
        String wmoPolicy,
        String wmoCoordination,
        String wmoFunding,
        String version) {

    static FrameworkForm of(FrameworkVersion current) {
        var f = current.framework();
        return new FrameworkForm(
                f.youthPolicy(),
                f.youthCoordination(),
                f.youthFunding(),
                f.wmoPolicy(),
                f.wmoCoordination(),
                f.wmoFunding(),
                Integer.toString(current.version()));
    }

    MunicipalFramework framework() {
        return new MunicipalFramework(
                youthPolicy, youthCoordination, youthFunding, wmoPolicy, wmoCoordination, wmoFunding);
    }

    /** The version read, or -1 when the field was altered (then the change counts as stale). */
    int seenVersion() {
        return FormVersions.parse(version);
    }
}
