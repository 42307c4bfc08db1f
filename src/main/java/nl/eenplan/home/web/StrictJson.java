package nl.eenplan.home.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.eenplan.home.FieldRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON API reads requests strictly: a member it does not know, a key given twice, a value of the
 * wrong type (a number or yes/no for text, a number for yes/no or a date, an enum by its position) is
 * refused with 400 instead of being guessed. EenPlan's own stored JSON keeps the ordinary reader.
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

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultLeniency(false)
                .addModule(new SimpleModule("eenplan-strict-dates").addDeserializer(LocalDate.class, new IsoDate()))
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
