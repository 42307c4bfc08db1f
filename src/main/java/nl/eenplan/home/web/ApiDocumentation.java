package nl.eenplan.home.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.home.SendsETag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document of the JSON API, at {@code /api/v1/openapi.json}, readable without a token.
 * Every operation needs a personal API token ({@code Authorization: Bearer eenplan_...}); a read
 * token may only GET. Every operation names its errors as RFC 9457 problem details, and the ETag and
 * If-Match headers where an operation uses them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "apiToken";
    private static final String ETAG_MARK = "x-eenplan-etag";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The errors any operation may answer. */
    private static final Map<String, String> ALWAYS = ordered(
            "400",
                    "Bad Request: a malformed path variable or header, a body that is not strict JSON, or a field "
                            + "that breaks a rule (named in 'errors').",
            "401", "Unauthorized: no token, or a token that is unknown, expired or revoked.",
            "403",
                    "Forbidden: a read token on a change, or consent missing (type urn:eenplan:problem:consent-missing).",
            "404", "Not Found: no such resource, or one this person may not see.",
            "406", "Not Acceptable: the answer can only be JSON.",
            "500", "Internal Server Error: nothing of the cause is told.",
            "503", "Service Unavailable: the database cannot be reached; try again later.");

    /** The errors of an operation that reads a JSON body. */
    private static final Map<String, String> WITH_BODY =
            ordered("415", "Unsupported Media Type: the body must be application/json.");

    /** The errors of an operation that changes a versioned resource. */
    private static final Map<String, String> WITH_IF_MATCH = ordered(
            "412", "Precondition Failed: If-Match names an older version; the ETag of the answer is the current one.",
            "428", "Precondition Required: If-Match is missing; send the ETag of the version the change was made on.");

    @Bean
    OpenAPI eenPlanApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EenPlan API")
                        .version("v1")
                        .description("One household, one plan, one coordinator (1Gezin1Plan1Regisseur). "
                                + "Changes send the plan version they were made on in If-Match (the ETag of the plan); "
                                + "without it the answer is 428, on an older version 412. Errors are RFC 9457 "
                                + "problem details (application/problem+json), with title and detail in Dutch, or "
                                + "in English with Accept-Language: en."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("eenplan_...")
                                        .description("A personal API token, made on the account page. "
                                                + "Scope read: GET only; scope read-write: every method.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Adds the problem responses and the version headers to every operation of the API. */
    @Bean
    GlobalOperationCustomizer problemsAndVersions() {
        return (operation, handler) -> {
            document(operation, handler);
            return operation;
        };
    }

    static void document(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        var responses = operation.getResponses();
        var ifMatch = readsIfMatch(operation);
        addProblems(responses, ALWAYS);
        if (readsBody(handler)) {
            addProblems(responses, WITH_BODY);
        }
        if (ifMatch) {
            addProblems(responses, WITH_IF_MATCH);
            describeIfMatch(operation);
            operation.addExtension(ETAG_MARK, "change");
        } else if (handler.hasMethodAnnotation(SendsETag.class)) {
            operation.addExtension(ETAG_MARK, "read");
            responses.putIfAbsent(
                    "304", new ApiResponse().description("Not Modified: If-None-Match names this version."));
        }
    }

    /**
     * Once every answer of every operation is known: the ETag header on the success answers of the
     * operations marked above, and every error a problem detail, also those springdoc found on
     * exception handlers.
     */
    @Bean
    GlobalOpenApiCustomizer problemsAndVersionHeaders() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(item -> item.readOperations().forEach(ApiDocumentation::finish));
            // Added last, when it is referred to; springdoc's own ProblemDetail is replaced by it.
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().remove("ProblemDetail");
            }
        };
    }

    static void finish(Operation operation) {
        var mark = operation.getExtensions() == null
                ? null
                : operation.getExtensions().remove(ETAG_MARK);
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((code, response) -> {
            if (mark != null && code.startsWith("2")) {
                response.addHeaderObject(
                        HttpHeaders.ETAG,
                        new Header()
                                .description(
                                        "change".equals(mark)
                                                ? "The version after the change, for the next If-Match."
                                                : "The version read, for If-Match on a change or If-None-Match.")
                                .schema(new StringSchema().example("\"7\"")));
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** Adds these errors, or says what they mean where springdoc found them on exception handlers. */
    private static void addProblems(ApiResponses responses, Map<String, String> problems) {
        problems.forEach((code, description) -> {
            if (responses.containsKey(code)) {
                responses.get(code).setDescription(description);
            } else {
                responses.addApiResponse(code, new ApiResponse().description(description));
            }
        });
    }

    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                parameter.description("The ETag of the version the change was made on, such as \"7\"; "
                        + "required (without it: 428).");
            }
        }
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** springdoc names the If-Match header parameter of the handler among the operation's parameters. */
    private static boolean readsIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        return operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn())
                        && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()));
    }

    private static boolean readsBody(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9457: type, title, status, detail and instance, and EenPlan's own members. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail. Title and detail are in Dutch, or in English with "
                        + "Accept-Language: en.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("What kind of problem, such as urn:eenplan:problem:consent-missing; "
                                        + "about:blank when the status says it all."))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem."))
                .addProperty("status", new IntegerSchema().description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What went wrong in this request."))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The path of the request."))
                .addProperty(
                        "errors",
                        new io.swagger.v3.oas.models.media.ArraySchema()
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema()))
                                .description("With 400: the fields that break a rule, each with what to do."))
                .additionalProperties(true)
                .required(java.util.List.of("type", "title", "status"));
    }

    private static Map<String, String> ordered(String... codesAndDescriptions) {
        var map = new LinkedHashMap<String, String>();
        for (var i = 0; i < codesAndDescriptions.length; i += 2) {
            map.put(codesAndDescriptions[i], codesAndDescriptions[i + 1]);
        }
        return map;
    }
}
