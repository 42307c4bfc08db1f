package nl.eenplan.home.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document read into what the page {@code /api/docs} shows: every operation with its
 * parameters, body and answers, and every data type with its fields.
 */
record ApiReference(String title, String version, String description, List<Operation> operations, List<Type> types) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String SCHEMAS = "#/components/schemas/";

    /** One method on one path; anchor is the id of its heading. */
    record Operation(
            String method,
            String path,
            String anchor,
            String summary,
            List<Field> parameters,
            String body,
            List<Answer> answers) {}

    /** A parameter or a field of a data type; where is path, query, header or empty for a field. */
    record Field(String name, String where, String type, boolean required, String description) {}

    /** One answer: the status, what it means, its media type and data type, and its headers. */
    record Answer(
            String status, String description, String mediaType, String type, List<String> headers, boolean problem) {}

    /** A data type of the components, with its fields. */
    record Type(String name, String anchor, String description, List<Field> fields) {}

    static ApiReference of(JsonNode document) {
        var info = document.path("info");
        var operations = new ArrayList<Operation>();
        for (var path : document.path("paths").propertyNames()) {
            var item = document.path("paths").path(path);
            for (var method : METHODS) {
                if (item.has(method)) {
                    operations.add(operation(method, path, item.path(method)));
                }
            }
        }
        var types = new ArrayList<Type>();
        var schemas = document.path("components").path("schemas");
        for (var name : schemas.propertyNames()) {
            var schema = schemas.path(name);
            types.add(new Type(name, "type-" + name, text(schema, "description"), fields(schema)));
        }
        return new ApiReference(
                text(info, "title"), text(info, "version"), text(info, "description"), operations, types);
    }

    private static Operation operation(String method, String path, JsonNode operation) {
        var parameters = new ArrayList<Field>();
        for (var parameter : operation.path("parameters")) {
            parameters.add(new Field(
                    text(parameter, "name"),
                    text(parameter, "in"),
                    type(parameter.path("schema")),
                    parameter.path("required").asBoolean(false),
                    text(parameter, "description")));
        }
        var body = "";
        var content = operation.path("requestBody").path("content");
        for (var mediaType : content.propertyNames()) {
            body = mediaType + " " + type(content.path(mediaType).path("schema"));
        }
        var answers = new ArrayList<Answer>();
        var responses = operation.path("responses");
        for (var status : responses.propertyNames()) {
            var response = responses.path(status);
            var mediaType = "";
            var type = "";
            for (var name : response.path("content").propertyNames()) {
                mediaType = name;
                type = type(response.path("content").path(name).path("schema"));
            }
            answers.add(new Answer(
                    status,
                    text(response, "description"),
                    mediaType,
                    type,
                    List.copyOf(response.path("headers").propertyNames()),
                    mediaType.contains("problem")));
        }
        var anchor = (method + path).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                anchor,
                text(operation, "summary").isEmpty() ? text(operation, "description") : text(operation, "summary"),
                parameters,
                body,
                answers);
    }

    private static List<Field> fields(JsonNode schema) {
        var fields = new ArrayList<Field>();
        var required = new ArrayList<String>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        var properties = schema.path("properties");
        for (var name : properties.propertyNames()) {
            var property = properties.path(name);
            fields.add(new Field(name, "", type(property), required.contains(name), text(property, "description")));
        }
        return fields;
    }

    /** The type of a schema as a reader says it: a named type, "list of ...", or a JSON type and format. */
    static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema.path("$ref").asString().replace(SCHEMAS, "");
        }
        var type = schema.path("type");
        var name = type.isArray() && !type.isEmpty() ? type.get(0).asString() : type.asString("");
        if ("array".equals(name)) {
            return "list of " + type(schema.path("items"));
        }
        var format = text(schema, "format");
        var values = new ArrayList<String>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        if (!values.isEmpty()) {
            return name + " (" + String.join(", ", values) + ")";
        }
        return format.isEmpty() ? name : name + " (" + format + ")";
    }

    private static String text(JsonNode node, String name) {
        return node.path(name).asString("");
    }
}
