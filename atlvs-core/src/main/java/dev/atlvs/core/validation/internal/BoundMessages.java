package dev.atlvs.core.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * Hibernate Validator's message interpolation without Expression Language (the SDK does not evaluate expressions in
 * messages), with the two default messages that use one, those of {@code @DecimalMin} and {@code @DecimalMax}, said
 * without it: "must be greater than or equal to 0", "must be less than 100". Every other message passes through.
 */
public final class BoundMessages implements MessageInterpolator {

    private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";
    private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";

    private final MessageInterpolator delegate;

    /** Interpolation by {@code delegate}, for every message but the two default ones with an expression. */
    public BoundMessages(MessageInterpolator delegate) {
        this.delegate = delegate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(withoutExpression(messageTemplate, context), context);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return delegate.interpolate(withoutExpression(messageTemplate, context), context, locale);
    }

    private static String withoutExpression(String template, Context context) {
        boolean min = DECIMAL_MIN.equals(template);
        if (!min && !DECIMAL_MAX.equals(template)) {
            return template;
        }
        boolean inclusive = !Boolean.FALSE.equals(context.getConstraintDescriptor().getAttributes().get("inclusive"));
        return (min ? "must be greater than " : "must be less than ") + (inclusive ? "or equal to " : "") + "{value}";
    }
}
