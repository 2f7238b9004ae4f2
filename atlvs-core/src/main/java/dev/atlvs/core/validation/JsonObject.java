package dev.atlvs.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.atlvs.core.validation.internal.JsonObjectValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text, when present, is a JSON object that PostgreSQL stores as {@code jsonb}. Text that is not JSON at all breaks
 * {@link Json} (reported under {@code Json}); JSON of another kind ({@code []}, {@code "text"}, {@code 1}) breaks this
 * rule, which a CHECK {@code jsonb_typeof(column) = 'object'} mirrors: inside a transaction it is reported under the
 * constraint's name, as the database would report it.
 *
 * <pre>{@code
 * @Db.Jsonb
 * @JsonObject
 * @Value.Default
 * default String metadata() {
 *     return "{}";
 * }
 * }</pre>
 */
@Documented
@Json
@Constraint(validatedBy = JsonObjectValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface JsonObject {
    String message() default "must be a JSON object";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
