package dev.atlvs.core.validation.internal;

import dev.atlvs.core.validation.JsonObject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link JsonObject}: absent text passes, and text that is not JSON is left to {@link dev.atlvs.core.validation.Json}. */
public final class JsonObjectValidator implements ConstraintValidator<JsonObject, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || JsonText.kind(value.toString()).map(kind -> kind == JsonText.Kind.OBJECT).orElse(true);
    }
}
