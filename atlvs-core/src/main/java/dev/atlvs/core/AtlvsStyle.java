package dev.atlvs.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every ATLVS value type: public {@code Immutable*} implementations with
 * builders and {@code with*} copy methods, JDK collections only, and {@code Optional} attributes that
 * accept a {@code null} from the builder as "absent".
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = true))
public @interface AtlvsStyle {}
