package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document and the API agree: every operation in the document is a route EenPlan
 * answers, every route of the API is in the document with the same method, and every operation
 * names its errors as RFC 9457 problem details and its ETag and If-Match headers. Read without a
 * token, as anyone may.
 */
@DisplayName("The OpenAPI document describes exactly the API EenPlan answers")
class ApiContractTests extends MatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** The rendering of the document as a page: under /api, but not part of the API. */
    private static final Set<String> NOT_THE_API = Set.of("/api/docs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WalkWorld walkWorld;

    private JsonNode document;

    @BeforeEach
    void readTheDocumentWithoutAToken() throws Exception {
        var response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).as("the document without a token").isEqualTo(200);
        document = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("every API route is in the document with its method, and every documented route exists")
    void theDocumentAndTheRoutesAreTheSame() {
        var handled = handledRoutes();
        var documented = documentedRoutes();

        var undocumented = new TreeSet<>(handled);
        undocumented.removeAll(documented);
        var unknown = new TreeSet<>(documented);
        unknown.removeAll(handled);

        assertThat(handled).as("routes of the API").isNotEmpty();
        assertThat(undocumented)
                .as("API routes missing from the OpenAPI document")
                .isEmpty();
        assertThat(unknown)
                .as("routes in the OpenAPI document without a handler")
                .isEmpty();
    }

    @Test
    @DisplayName("every documented route, filled in with real ids, reaches an API handler for its method")
    void everyDocumentedRouteReachesAHandler() throws Exception {
        var world = walkWorld.world();
        var missing = new ArrayList<String>();
        for (var route : documentedRoutes()) {
            var method = route.substring(0, route.indexOf(' '));
            var path = world.path(route.substring(route.indexOf(' ') + 1));
            var chain = mappings.getHandler(new MockHttpServletRequest(method, path));
            if (chain == null
                    || !(chain.getHandler() instanceof HandlerMethod handler)
                    || !handler.getBeanType().getPackageName().startsWith("nl.eenplan")) {
                missing.add(route + " (as " + method + " " + path + ")");
            }
        }
        assertThat(missing).as("documented routes no handler answers").isEmpty();
    }

    @Test
    @DisplayName("every operation names its errors as problem details, and If-Match with 412 and 428")
    void everyOperationDocumentsItsErrorsAsProblemDetails() {
        var findings = new ArrayList<String>();
        forEachOperation((route, operation) -> {
            var responses = operation.path("responses");
            for (var status : List.of("400", "401", "403", "404", "500")) {
                if (!responses.has(status)) {
                    findings.add(route + ": no " + status);
                }
            }
            for (var status : responses.propertyNames()) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    var content = responses.path(status).path("content");
                    var names = new ArrayList<String>(content.propertyNames());
                    var schema = content.path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asString("");
                    if (!names.equals(List.of("application/problem+json"))
                            || !schema.equals("#/components/schemas/Problem")) {
                        findings.add(route + ": " + status + " is " + names + " " + schema);
                    }
                }
            }
            if (hasIfMatch(operation)) {
                for (var status : List.of("412", "428")) {
                    if (!responses.has(status)) {
                        findings.add(route + ": reads If-Match but has no " + status);
                    }
                }
                responses.propertyNames().stream()
                        .filter(status -> status.startsWith("2"))
                        .filter(status ->
                                !responses.path(status).path("headers").has("ETag"))
                        .forEach(status -> findings.add(route + ": " + status + " without ETag"));
            }
        });
        assertThat(findings).isEmpty();

        var problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .as("RFC 9457 members")
                .contains("type", "title", "status", "detail", "instance");
        var bearer = document.path("components").path("securitySchemes").path("apiToken");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("security").get(0).has("apiToken")).isTrue();
    }

    @Test
    @DisplayName("what the API answers is documented: each error status, and the ETag of each read that sends one")
    void theAnswersAreTheDocumentedOnes() throws Exception {
        var world = walkWorld.world();
        var findings = new ArrayList<String>();
        for (var route : documentedRoutes()) {
            var method = route.substring(0, route.indexOf(' '));
            var template = route.substring(route.indexOf(' ') + 1);
            var operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            var path = world.path(template);

            var anonymous = mvc.perform(request(HttpMethod.valueOf(method), path))
                    .andReturn()
                    .getResponse();
            findings.addAll(check(route + " without a token", anonymous.getStatus(), anonymous, operation));
            if (anonymous.getStatus() != 401) {
                findings.add(route + " without a token: " + anonymous.getStatus());
            }
            if (!method.equals("GET")) {
                continue; // changes are sent by ApiWalkTests; here only what a read answers
            }
            var read = mvc.perform(get(path).header("Authorization", "Bearer " + world.token()))
                    .andReturn()
                    .getResponse();
            findings.addAll(check(route, read.getStatus(), read, operation));
            if (read.getStatus() == 200
                    && read.getHeader("ETag") != null
                    && !operation.path("responses").path("200").path("headers").has("ETag")) {
                findings.add(route + ": sends an ETag the document does not name");
            }
        }
        assertThat(findings).isEmpty();
    }

    private static List<String> check(
            String label,
            int status,
            org.springframework.mock.web.MockHttpServletResponse response,
            JsonNode operation) {
        var findings = new ArrayList<String>();
        if (!operation.path("responses").has(String.valueOf(status))) {
            findings.add(label + ": answers " + status + ", which the document does not name");
        }
        if (status >= 400 && !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            findings.add(label + ": " + status + " as " + response.getContentType());
        }
        return findings;
    }

    private Set<String> handledRoutes() {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || NOT_THE_API.contains(pattern) || isTheDocumentItself(handler)) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    routes.add("ANY " + plain(pattern) + " (" + handler + ")");
                }
                methods.forEach(method -> routes.add(method.name() + " " + plain(pattern)));
            }
        });
        return routes;
    }

    /** springdoc's handlers answer the document itself (as JSON and as YAML). */
    private static boolean isTheDocumentItself(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("org.springdoc");
    }

    private Set<String> documentedRoutes() {
        var routes = new TreeSet<String>();
        forEachOperation((route, operation) -> routes.add(route));
        return routes;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        var paths = document.path("paths");
        for (var path : paths.propertyNames()) {
            for (var method : METHODS) {
                if (paths.path(path).has(method)) {
                    action.accept(
                            method.toUpperCase(Locale.ROOT) + " " + path,
                            paths.path(path).path(method));
                }
            }
        }
    }

    private static boolean hasIfMatch(JsonNode operation) {
        for (var parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asString(""))
                    && "If-Match".equalsIgnoreCase(parameter.path("name").asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** A pattern as the document writes it: {id:[0-9]+} becomes {id}. */
    private static String plain(String pattern) {
        return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
