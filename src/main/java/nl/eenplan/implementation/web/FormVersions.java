package nl.eenplan.implementation.web;

/** Reads the hidden version field of the implementation forms; anything altered reads as -1 (stale). */
final class FormVersions {

    private FormVersions() {}

    static int parse(String version) {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(version.strip());
    }
}
