package nl.eenplan.home.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.home.FieldRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON API reads requests strictly: a member it does not know, a key given twice, a value of the
 * wrong type (a number or yes/no for text, a number for yes/no or a date, an enum by its position) is
 * refused with 400 instead of being guessed; a text nobody can type ({@link UntypeableText}) is refused
 * with 400 naming the field. EenPlan's own stored JSON keeps the ordinary reader.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /**
     * Reads the API's request bodies ahead of Spring Boot's converter; it writes nothing, so answers
     * (and the OpenAPI document) are written as before.
     */
    @Bean
    JacksonJsonHttpMessageConverter strictJsonReader(JsonMapper mapper) {
        return new JacksonJsonHttpMessageConverter(strict(mapper)) {
            /**
             * A text nobody can type is not an unreadable body but a refused field: it leaves the reader as
             * itself, so that {@link ApiProblems} answers it for every module alike.
             */
            @Override
            public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints)
                    throws IOException {
                try {
                    return super.read(type, input, hints);
                } catch (HttpMessageNotReadableException e) {
                    if (e.getCause() instanceof UntypeableText untypeable) {
                        throw untypeable;
                    }
                    throw e;
                }
            }

            @Override
            public boolean canWrite(Class<?> clazz, MediaType mediaType) {
                return false;
            }

            @Override
            public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
                return false;
            }
        };
    }

    /**
     * A date is a text of the form 2026-12-25 between 1900 and 2100 ({@link FieldRules}), nothing else:
     * no number, no array, no empty text, no year 0 or 99999.
     */
    static final class IsoDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            var text = p.getString();
            try {
                var date = LocalDate.parse(text);
                if (text.length() == 10 && FieldRules.isPlausible(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // said below
            }
            throw ctxt.weirdStringException(text, LocalDate.class, "not a date from 1900 to 2100 as yyyy-mm-dd");
        }
    }

    /**
     * A list of ids or choices read into a set names each value once: a value given twice is refused,
     * not quietly dropped, so that what is stored is exactly what was sent.
     */
    static final class EachOnce extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            var raw = type.getRawClass();
            if (raw != Set.class && raw != HashSet.class && raw != LinkedHashSet.class) {
                return deserializer;
            }
            return new UniqueSet(config.getTypeFactory().constructCollectionType(List.class, type.getContentType()));
        }
    }

    /** A set read as a list, refused when the list holds a value twice. */
    static final class UniqueSet extends ValueDeserializer<Set<Object>> {

        private final JavaType listType;

        UniqueSet(JavaType listType) {
            this.listType = listType;
        }

        @Override
        public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
            var list = (List<?>) ctxt.findRootValueDeserializer(listType).deserialize(p, ctxt);
            var set = new LinkedHashSet<Object>(list);
            if (set.size() != list.size()) {
                return ctxt.reportInputMismatch(this, "a value is given twice");
            }
            return set;
        }
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultLeniency(false)
                .addModule(new SimpleModule("eenplan-typeable-text")
                        .addDeserializer(String.class, new UntypeableText.Check()))
                .addModule(new SimpleModule("eenplan-strict-dates").addDeserializer(LocalDate.class, new IsoDate()))
                .addModule(new SimpleModule("eenplan-each-once").setDeserializerModifier(new EachOnce()))
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Collection, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .build();
    }
}
