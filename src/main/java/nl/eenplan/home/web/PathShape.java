package nl.eenplan.home.web;

/**
 * What every path a path pattern matches has in common: the literal segments before the first
 * segment with a variable or wildcard ({@code prefix}), those after the last one ({@code suffix}), and
 * the number of slashes unless a {@code **} or {@code {*rest}} lets it vary. Spring matches paths
 * without an optional trailing slash, so the count is exact.
 */
record PathShape(String prefix, String suffix, int slashes) {

    static final int ANY_LENGTH = -1;

    static PathShape of(String pattern) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '}' || c == '*' || c == '?') {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return new PathShape(pattern, "", slashes(pattern));
        }
        int before = pattern.lastIndexOf('/', first);
        int after = pattern.indexOf('/', last);
        var prefix = before <= 0 ? "" : pattern.substring(0, before);
        var suffix = after < 0 ? "" : pattern.substring(after);
        var varies = pattern.contains("**") || pattern.contains("{*");
        return new PathShape(prefix, suffix, varies ? ANY_LENGTH : slashes(pattern));
    }

    boolean fits(String path, int pathSlashes) {
        return (slashes == ANY_LENGTH || slashes == pathSlashes) && path.startsWith(prefix) && path.endsWith(suffix);
    }

    static int slashes(String path) {
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        return count;
    }
}
