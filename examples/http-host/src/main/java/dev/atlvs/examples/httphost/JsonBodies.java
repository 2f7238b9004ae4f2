package dev.atlvs.examples.httphost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import io.javalin.http.Context;
import java.util.List;

/**
 * The JSON of the API: request bodies read strictly (an unknown field, a value of the wrong type or a
 * body that is not JSON is a validation error naming the field), responses written with ISO-8601 dates,
 * enum constants as the database stores them ({@code in_progress}) and absent values left out.
 */
final class JsonBodies {
    private JsonBodies() {}

    /** The mapper of requests and responses. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
                .build();
    }

    /**
     * The body of {@code ctx} as a {@code type}.
     *
     * @throws ValidationException ({@link CoreErrorCode#MALFORMED_VALUE}) naming the field that is unknown or of the
     *         wrong type, or field {@code body} when the body is not a JSON object
     */
    static <T> T read(ObjectMapper mapper, Context ctx, Class<T> type, String subject) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw malformed(subject, "body", "Json", "must be a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw malformed(subject, "body", "Json", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw malformed(subject, path(unknown), "Known", "is not a field of this request");
        } catch (MismatchedInputException mismatched) {
            String field = path(mismatched);
            if (field.isEmpty()) {
                throw malformed(subject, "body", "Json", "must be a JSON object");
            }
            throw malformed(subject, field, "Type", "must be " + describe(mismatched.getTargetType()));
        } catch (JsonMappingException mapping) {
            String field = path(mapping);
            throw malformed(subject, field.isEmpty() ? "body" : field, "Type", "has a value of the wrong form");
        } catch (JsonProcessingException syntax) {
            throw malformed(subject, "body", "Json", "must be well-formed JSON");
        }
    }

    private static ValidationException malformed(String subject, String field, String rule, String message) {
        return new ValidationException(CoreErrorCode.MALFORMED_VALUE, subject, List.of(new FieldViolation(field, rule, message)));
    }

    /** The JSON path of a mapping failure as a property path: {@code lines[0].quantity}. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-07-01";
        }
        if (type == java.math.BigDecimal.class || Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }
}
