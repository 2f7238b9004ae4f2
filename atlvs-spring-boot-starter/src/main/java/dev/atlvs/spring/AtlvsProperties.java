package dev.atlvs.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the ATLVS SDK in a Spring Boot application, under {@code atlvs.*}:
 *
 * <pre>
 * atlvs.migrate-on-startup=true
 * atlvs.strict=true
 * atlvs.owner.url=jdbc:postgresql://db:5432/app
 * atlvs.owner.username=atlvs_owner
 * atlvs.owner.password=${ATLVS_OWNER_PASSWORD}
 * atlvs.runtime-role=atlvs_app
 * </pre>
 *
 * <p>Bad values stop the application at start-up with the property's name and the rule it breaks.
 */
@Validated
@ConfigurationProperties(prefix = "atlvs")
public class AtlvsProperties {

    /**
     * Whether the SDK migrates the atlvs schema when the application starts, before Boot's own Flyway
     * migrates the application's schema. Turn it off when a pipeline migrates (the atlvs command-line
     * tool); the health indicator then reports a schema that is behind.
     */
    private boolean migrateOnStartup = true;

    /**
     * Whether start-up is refused when the application's DataSource connects as a superuser or a
     * BYPASSRLS role, to which row-level security does not apply. Off, such a role is only warned about.
     */
    private boolean strict;

    /**
     * How many times a transaction runs at most when it collides with concurrent ones (serialization
     * failures under REPEATABLE_READ or SERIALIZABLE), between 1 and 50.
     */
    @Min(value = 1, message = "must be between 1 and 50")
    @Max(value = 50, message = "must be between 1 and 50")
    private int maxAttempts = 5;

    /**
     * The isolation level of every SDK transaction: READ_COMMITTED, REPEATABLE_READ or SERIALIZABLE.
     * Unset, transactions run at the connection's own level (READ COMMITTED on PostgreSQL).
     */
    private Isolation isolation;

    /**
     * The role the application's DataSource connects as at run time, granted its privileges by the
     * migrations. Unset while an owner pool is configured, it is the DataSource's current user.
     */
    @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}", message = "must be a lower-case SQL identifier of at most 63 characters")
    private String runtimeRole;

    /** The schema owner's connection, through which the migrations run. */
    @Valid
    private final Owner owner = new Owner();

    /** The host's context key, which proves the opening of every tenant transaction. */
    @Valid
    private final ContextKeyProperties contextKey = new ContextKeyProperties();

    public boolean isMigrateOnStartup() {
        return migrateOnStartup;
    }

    public void setMigrateOnStartup(boolean migrateOnStartup) {
        this.migrateOnStartup = migrateOnStartup;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Isolation getIsolation() {
        return isolation;
    }

    public void setIsolation(Isolation isolation) {
        this.isolation = isolation;
    }

    public String getRuntimeRole() {
        return runtimeRole;
    }

    public void setRuntimeRole(String runtimeRole) {
        this.runtimeRole = runtimeRole;
    }

    public Owner getOwner() {
        return owner;
    }

    public ContextKeyProperties getContextKey() {
        return contextKey;
    }

    /** The isolation levels at which the database's rules are proven to hold. */
    public enum Isolation {
        /** PostgreSQL's default: each statement sees what was committed before it began. */
        READ_COMMITTED(TransactionIsolationLevel.READ_COMMITTED),
        /** One snapshot per transaction; a colliding transaction runs again. */
        REPEATABLE_READ(TransactionIsolationLevel.REPEATABLE_READ),
        /** As if transactions ran one after another; a colliding transaction runs again. */
        SERIALIZABLE(TransactionIsolationLevel.SERIALIZABLE);

        private final TransactionIsolationLevel level;

        Isolation(TransactionIsolationLevel level) {
            this.level = level;
        }

        /** The Jdbi level that {@link dev.atlvs.core.Atlvs.Builder#isolation} takes. */
        public TransactionIsolationLevel level() {
            return level;
        }
    }

    /**
     * The schema owner's pool: a small Hikari pool the SDK migrates through (and runs its maintenance
     * through), closed with the application context. Configured when {@code atlvs.owner.url} is set.
     */
    public static class Owner {

        /** JDBC URL of the database, connected to as the schema owner. Unset, migrations run through the application's DataSource. */
        private String url;

        /** Login of the schema owner. */
        private String username;

        /** Password of the schema owner. */
        private String password;

        /** Largest number of connections of the owner's pool, at least 2 (a migration holds one while the SDK reads on another). */
        @Min(value = 2, message = "must be at least 2: a migration holds one connection while the SDK reads on another")
        private int maximumPoolSize = 2;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public int getMaximumPoolSize() {
            return maximumPoolSize;
        }

        public void setMaximumPoolSize(int maximumPoolSize) {
            this.maximumPoolSize = maximumPoolSize;
        }
    }

    /**
     * The host's context key. Without one, the SDK reads the database's default key through the owner's
     * pool (or the application's DataSource when no owner pool is configured).
     */
    public static class ContextKeyProperties {

        /** Identifier of the context key, e.g. the month it was issued ("2026-01"). */
        private String id;

        /** The key's secret, Base64-encoded, 32 to 64 bytes; keep it in a secret store, never in a committed file. */
        private String secret;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }
}
