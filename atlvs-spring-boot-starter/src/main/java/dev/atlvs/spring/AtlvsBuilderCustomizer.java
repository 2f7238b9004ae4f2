package dev.atlvs.spring;

import dev.atlvs.core.Atlvs;

/**
 * Adjusts the {@link Atlvs.Builder} of the auto-configured {@link Atlvs} bean before it is built, for the
 * settings that are objects rather than properties: field keys of encrypted columns, a read replica,
 * correlation ids from the request. Every customizer bean is applied, in {@link org.springframework.core.annotation.Order order}.
 *
 * <pre>{@code
 * @Bean
 * AtlvsBuilderCustomizer fieldKeys(SecretStore secrets) {
 *     return builder -> builder.fieldKeys(FieldKeys.of(secrets.keyset("atlvs-fields")));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AtlvsBuilderCustomizer {

    /** Changes {@code builder}, which the auto-configuration has set up from {@code atlvs.*}. */
    void customize(Atlvs.Builder builder);
}
