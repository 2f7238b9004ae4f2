package dev.atlvs.spring;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the {@code atlvs} schema when the application context starts, if {@code atlvs.migrate-on-startup}
 * is on. Spring Boot knows it as a database initializer that runs before every other one (Boot's Flyway,
 * {@code schema.sql}, JPA's schema generation), so an application's own migrations may reference
 * {@code atlvs} tables, and beans that depend on database initialization ({@code JdbcTemplate}, JPA) are
 * created after it.
 */
public final class AtlvsSchemaInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(AtlvsSchemaInitializer.class);

    private final Atlvs atlvs;
    private final boolean migrate;

    /**
     * @param atlvs the SDK instance whose schema to migrate
     * @param migrate whether to migrate; off, this initializer only orders the others after it
     */
    public AtlvsSchemaInitializer(Atlvs atlvs, boolean migrate) {
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
        this.migrate = migrate;
    }

    /** Applies the pending migrations of the installed modules, when enabled. */
    @Override
    public void afterPropertiesSet() {
        if (!migrate) {
            LOG.debug("atlvs.migrate-on-startup is off: the atlvs schema is not migrated");
            return;
        }
        int applied = atlvs.migrate();
        LOG.info("The atlvs schema is up to date ({} migrations applied)", applied);
    }
}
