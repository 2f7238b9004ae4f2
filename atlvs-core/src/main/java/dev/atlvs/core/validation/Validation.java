package dev.atlvs.core.validation;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.validation.internal.CheckMirrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/** Validates values against their Jakarta Validation annotations before any SQL runs. */
public final class Validation {

    private static final Validator VALIDATOR = jakarta.validation.Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new dev.atlvs.core.validation.internal.BoundMessages(new ParameterMessageInterpolator()))
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .buildValidatorFactory()
            .getValidator();

    private Validation() {}

    /**
     * Throws a {@link ValidationException} listing every violation of {@code value}. Each violation names the
     * rule it broke: inside a transaction, a broken annotation that a single-column CHECK constraint of the
     * value's table mirrors (a {@code @Size(max = 500)} and {@code length(title) <= 500}) is named after the
     * constraint, as the database would name it; any other by the annotation ({@code Pattern}).
     */
    public static <T> T validate(String subject, T value) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
        if (!violations.isEmpty()) {
            CheckMirrors mirrors = CheckMirrors.current();
            List<FieldViolation> list = violations.stream()
                    .map(v -> new FieldViolation(field(v), rule(v, mirrors), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule))
                    .toList();
            throw new ValidationException(CoreErrorCode.VALIDATION_FAILED, subject, list);
        }
        return value;
    }

    /** The constraint mirroring the broken annotation, when there is one, else the annotation's name. */
    private static String rule(ConstraintViolation<?> violation, CheckMirrors mirrors) {
        Class<? extends Annotation> annotation = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Object bean = violation.getLeafBean();
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        if (bean != null && property != null) {
            Optional<String> constraint = mirrors.constraint(bean.getClass(), property, annotation);
            if (constraint.isPresent()) {
                return constraint.get();
            }
        }
        return annotation.getSimpleName();
    }

    /**
     * Value types use record-style accessors ({@code name()}, not {@code getName()}): every public
     * method without parameters that returns a value is a property.
     */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class) {
                return Optional.of(executable.getName());
            }
            return Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Container elements of Optional properties are reported as "name.<element>"; the field is "name".
        int element = path.indexOf(".<");
        return element >= 0 ? path.substring(0, element) : path;
    }
}
