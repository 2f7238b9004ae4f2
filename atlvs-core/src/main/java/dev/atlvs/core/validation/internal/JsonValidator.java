package dev.atlvs.core.validation.internal;

import dev.atlvs.core.validation.Json;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Json}: absent text passes. */
public final class JsonValidator implements ConstraintValidator<Json, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || JsonText.wellFormed(value.toString());
    }
}
