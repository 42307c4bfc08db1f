package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, looked up with one cheap test first: a mapping whose patterns all
 * start with a literal path that the request's path does not start with cannot match, so its
 * conditions (method, path pattern, consumes, produces, each reading the request through all its
 * wrappers) are not evaluated. Spring compares every mapping with a path variable against every
 * request; with some four hundred mappings that took about a seventh of an API call's CPU (ADR 41).
 *
 * <p>The test only leaves out mappings that cannot match, so the chosen handler, a 404 and a 405
 * with its {@code Allow} header are what Spring alone gives. A path with percent-encoded characters
 * is compared as Spring does it, without the test, since its literal segments are decoded first.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ScopedValue<String> LOOKUP_PATH = ScopedValue.newInstance();
    private static final String[] ANY_PATH = {""};

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        return ScopedValue.where(LOOKUP_PATH, lookupPath).call(() -> super.lookupHandlerMethod(lookupPath, request));
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        if (LOOKUP_PATH.isBound() && !mayMatch(info, LOOKUP_PATH.get())) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private boolean mayMatch(RequestMappingInfo info, String lookupPath) {
        for (var prefix : prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::literalPrefixes)) {
            if (lookupPath.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal start of each of the mapping's path patterns, up to (not including) the slash
     * before the first segment with a variable or wildcard; {@code ""} (any path) without patterns.
     */
    static String[] literalPrefixes(RequestMappingInfo info) {
        var condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY_PATH;
        }
        return condition.getPatterns().stream()
                .map(pattern -> literalPrefix(pattern.getPatternString()))
                .toArray(String[]::new);
    }

    static String literalPrefix(String pattern) {
        int wildcard = -1;
        for (int i = 0; i < pattern.length() && wildcard < 0; i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                wildcard = i;
            }
        }
        if (wildcard < 0) {
            return pattern;
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        return slash <= 0 ? "" : pattern.substring(0, slash);
    }
}
