package nl.eenplan.home;

import java.util.regex.Pattern;

/**
 * The version of a plan or of another versioned resource as an HTTP entity tag ({@code "3"}). A change must name the version it was
 * made on in {@code If-Match}: never a silent overwrite of someone else's change.
 */
public record VersionTag(int version) {

    /** A strong tag only: a weak one ({@code W/"3"}) cannot promise the exact version (RFC 9110, 13.1.1). */
    private static final Pattern TAG = Pattern.compile("\"(\\d{1,9})\"");

    public String header() {
        return "\"" + version + "\"";
    }

    /** Every change claims exactly the next version of the plan. */
    public VersionTag next() {
        return new VersionTag(version + 1);
    }

    public static VersionTag of(int version) {
        return new VersionTag(version);
    }

    /** The version a change was made on; {@code *} names none, so it counts as missing. */
    public static VersionTag required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new Missing();
        }
        var matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new Malformed();
        }
        return new VersionTag(Integer.parseInt(matcher.group(1)));
    }

    /** No If-Match: the client did not say which version it changed (428). */
    public static class Missing extends RuntimeException {
        Missing() {
            super("If-Match required");
        }
    }

    /** An If-Match that is not one version (400). */
    public static class Malformed extends RuntimeException {
        Malformed() {
            super("If-Match is not a version");
        }
    }
}
