package dev.atlvs.spring;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.observe.AtlvsObserver;
import dev.atlvs.core.observe.MicrometerObserver;
import dev.atlvs.core.observe.OpenTelemetryObserver;
import dev.atlvs.core.tenancy.ContextKey;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the ATLVS SDK: an {@link Atlvs} bean over the application's {@link DataSource},
 * an optional owner pool for the migrations ({@code atlvs.owner.*}), the migration of the
 * {@code atlvs} schema at start-up, before Boot's own Flyway, and Micrometer timers when the application has a
 * {@code MeterRegistry}. An application that defines its own
 * {@link Atlvs} bean keeps it; its schema is still migrated at start-up unless
 * {@code atlvs.migrate-on-startup=false}.
 */
// The DataSource's auto-configuration by its Boot 3 class, and by its Boot 4 name (module spring-boot-jdbc).
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Atlvs.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(AtlvsProperties.class)
public class AtlvsAutoConfiguration {

    /** The schema owner's pool, when {@code atlvs.owner.url} is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "atlvs.owner", name = "url")
    public AtlvsOwnerPool atlvsOwnerPool(AtlvsProperties properties) {
        return AtlvsOwnerPool.of(properties.getOwner());
    }

    /**
     * The SDK over the application's DataSource, set up from {@code atlvs.*}, the application's
     * {@link Clock} bean if it has exactly one, and every {@link AtlvsBuilderCustomizer}.
     */
    @Bean
    @ConditionalOnMissingBean
    public Atlvs atlvs(DataSource dataSource, AtlvsProperties properties, ObjectProvider<AtlvsOwnerPool> ownerPool,
            ObjectProvider<Clock> clock, ObjectProvider<AtlvsObserver> observers, ObjectProvider<AtlvsBuilderCustomizer> customizers) {
        Atlvs.Builder builder = Atlvs.builder(dataSource)
                .strict(properties.isStrict())
                .maxAttempts(properties.getMaxAttempts())
                .clock(clock.getIfUnique(Clock::systemUTC));
        if (properties.getIsolation() != null) {
            builder.isolation(properties.getIsolation().level());
        }
        AtlvsOwnerPool owner = ownerPool.getIfAvailable();
        if (owner != null) {
            String runtimeRole = properties.getRuntimeRole() != null ? properties.getRuntimeRole() : currentUser(dataSource);
            builder.migrateAs(owner.dataSource(), runtimeRole);
        } else if (properties.getRuntimeRole() != null) {
            builder.migrateAs(dataSource, properties.getRuntimeRole());
        }
        ContextKey key = contextKey(properties.getContextKey());
        if (key != null) {
            builder.contextKey(key);
        }
        java.util.List<AtlvsObserver> all = observers.orderedStream().toList();
        if (!all.isEmpty()) {
            builder.observer(AtlvsObserver.composite(all.toArray(AtlvsObserver[]::new)));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Migrates the schema at start-up when {@code atlvs.migrate-on-startup} is on (the default). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Atlvs.class)
    public AtlvsSchemaInitializer atlvsSchemaInitializer(Atlvs atlvs, AtlvsProperties properties) {
        return new AtlvsSchemaInitializer(atlvs, properties.isMigrateOnStartup());
    }

    /**
     * Micrometer timers of the SDK's transactions and repository methods ({@code atlvs.transaction},
     * {@code atlvs.repository}) in the application's {@link MeterRegistry}, when it has one. Every
     * {@link AtlvsObserver} bean observes the SDK, these and the application's own.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class MicrometerConfiguration {

        /** A {@link MicrometerObserver} over the application's registry. */
        @Bean
        @ConditionalOnMissingBean(name = "atlvsMicrometerObserver")
        @ConditionalOnSingleCandidate(MeterRegistry.class)
        AtlvsObserver atlvsMicrometerObserver(MeterRegistry registry) {
            return MicrometerObserver.of(registry);
        }
    }

    /** OpenTelemetry spans of the SDK's transactions and repository methods, when the application has an {@code OpenTelemetry}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.opentelemetry.api.OpenTelemetry")
    static class OpenTelemetryConfiguration {

        /** An {@link OpenTelemetryObserver} over the application's {@code OpenTelemetry}. */
        @Bean
        @ConditionalOnMissingBean(name = "atlvsOpenTelemetryObserver")
        @ConditionalOnSingleCandidate(io.opentelemetry.api.OpenTelemetry.class)
        AtlvsObserver atlvsOpenTelemetryObserver(io.opentelemetry.api.OpenTelemetry openTelemetry) {
            return OpenTelemetryObserver.of(openTelemetry);
        }
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        } catch (SQLException failure) {
            throw new AtlvsException(CoreErrorCode.DATABASE_ERROR, "the run-time role could not be read from the application's "
                    + "DataSource (SQLSTATE " + failure.getSQLState() + "); set atlvs.runtime-role to the role it connects as", failure);
        }
    }

    private static ContextKey contextKey(AtlvsProperties.ContextKeyProperties properties) {
        if (properties.getId() == null && properties.getSecret() == null) {
            return null;
        }
        if (properties.getId() == null) {
            throw new InvalidConfigurationPropertyValueException("atlvs.context-key.id", null,
                    "must be set when atlvs.context-key.secret is");
        }
        if (properties.getSecret() == null) {
            throw new InvalidConfigurationPropertyValueException("atlvs.context-key.secret", null,
                    "must be set when atlvs.context-key.id is");
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(properties.getSecret());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidConfigurationPropertyValueException("atlvs.context-key.secret", "(hidden)", "must be Base64");
        }
        if (secret.length < ContextKey.MIN_SECRET_BYTES || secret.length > ContextKey.MAX_SECRET_BYTES) {
            throw new InvalidConfigurationPropertyValueException("atlvs.context-key.secret", "(hidden)",
                    "must decode to " + ContextKey.MIN_SECRET_BYTES + " to " + ContextKey.MAX_SECRET_BYTES + " bytes");
        }
        return ContextKey.of(properties.getId(), secret);
    }
}
