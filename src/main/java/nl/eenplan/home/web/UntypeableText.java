package nl.eenplan.home.web;

import nl.eenplan.home.FieldRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.type.LogicalType;

/**
 * A text in a JSON request that nobody can type ({@link FieldRules#isTypeable}): a NUL or another control
 * character but a tab, a line break or a carriage return. The API's JSON reader refuses it for every field
 * of every module at once, as the pages' filter does for forms, so that it never reaches a module or the
 * database; {@link ApiProblems} answers 400 naming the field.
 */
final class UntypeableText extends MismatchedInputException {

    UntypeableText(JsonParser parser) {
        super(parser, "text with a character nobody can type", String.class);
    }

    /** The field as the client wrote it, e.g. {@code risks[0].what}; empty when the body itself is the text. */
    String field() {
        var field = new StringBuilder();
        for (JacksonException.Reference step : getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Reads every text of a request as Jackson does, then refuses it when nobody can type it. */
    static final class Check extends StdScalarDeserializer<String> {

        Check() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (!FieldRules.isTypeable(text)) {
                throw new UntypeableText(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
