package dev.atlvs.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.atlvs.core.validation.internal.JsonValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text, when present, is JSON that PostgreSQL stores as {@code jsonb}: well-formed (RFC 8259), without the
 * escape <code>&#92;u0000</code> and without an escaped surrogate that is not one of a pair. Broken, it is reported under the
 * rule {@code Json}; the repository engine refuses such text in every {@code @Db.Jsonb} column under the same rule,
 * annotated or not.
 */
@Documented
@Constraint(validatedBy = JsonValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Json {
    String message() default "must be well-formed JSON that PostgreSQL can store as jsonb";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
