package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, looked up with one cheap test first: a mapping none of whose path
 * patterns has the request path's shape (literal start, literal end, number of segments) cannot match,
 * so its conditions (method, path pattern, consumes, produces, each reading the request through all
 * its wrappers) are not evaluated. Spring compares every mapping with a path variable against every
 * request; with some four hundred mappings that took about a seventh of an API call's CPU (ADR 41).
 *
 * <p>The test only leaves out mappings that cannot match, so the chosen handler, a 404 and a 405
 * with its {@code Allow} header are what Spring alone gives. A path with percent-encoded characters
 * is compared as Spring does it, without the test, since its literal segments are decoded first.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ScopedValue<Request> REQUEST = ScopedValue.newInstance();
    private static final PathShape[] ANY_PATH = {new PathShape("", "", PathShape.ANY_LENGTH)};

    /** The shapes of the mappings registered at start-up; a mapping added later is computed each time. */
    private volatile Map<RequestMappingInfo, PathShape[]> shapes = new IdentityHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        var more = new IdentityHashMap<>(shapes);
        more.put(mapping, shapesOf(mapping));
        shapes = more;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        return ScopedValue.where(REQUEST, new Request(lookupPath))
                .call(() -> super.lookupHandlerMethod(lookupPath, request));
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        if (REQUEST.isBound() && !mayMatch(info, REQUEST.get())) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private boolean mayMatch(RequestMappingInfo info, Request request) {
        var known = shapes.get(info);
        for (var shape : known != null ? known : shapesOf(info)) {
            if (shape.fits(request.path(), request.segments())) {
                return true;
            }
        }
        return false;
    }

    /** The shape of each of the mapping's path patterns; any path when it has none. */
    static PathShape[] shapesOf(RequestMappingInfo info) {
        var condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY_PATH;
        }
        return condition.getPatterns().stream()
                .map(pattern -> PathShape.of(pattern.getPatternString()))
                .toArray(PathShape[]::new);
    }

    /** The path being looked up, with its number of slashes counted once. */
    private record Request(String path, int segments) {

        Request(String path) {
            this(path, PathShape.slashes(path));
        }
    }
}
