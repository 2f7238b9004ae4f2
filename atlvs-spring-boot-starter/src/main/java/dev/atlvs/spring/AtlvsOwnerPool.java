package dev.atlvs.spring;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * The schema owner's connection pool ({@code atlvs.owner.*}), through which the SDK migrates the
 * {@code atlvs} schema and runs its maintenance. A bean of its own type rather than a second
 * {@link DataSource} bean, so that the application's DataSource stays the single candidate that Boot's
 * JDBC, Flyway and JPA auto-configurations look for. Closed with the application context.
 */
public final class AtlvsOwnerPool implements AutoCloseable {

    private final HikariDataSource dataSource;

    private AtlvsOwnerPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A pool over the schema owner's login in {@code owner}, which must name a URL. */
    static AtlvsOwnerPool of(AtlvsProperties.Owner owner) {
        requireNonNull(owner.getUrl(), "atlvs.owner.url is not set");
        HikariConfig config = new HikariConfig();
        config.setPoolName("atlvs-owner");
        config.setJdbcUrl(owner.getUrl());
        config.setUsername(owner.getUsername());
        config.setPassword(owner.getPassword());
        config.setMaximumPoolSize(owner.getMaximumPoolSize());
        // Used at start-up and for maintenance only: no connection is kept open in between.
        config.setMinimumIdle(0);
        return new AtlvsOwnerPool(new HikariDataSource(config));
    }

    /** The pool, connected as the schema owner. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes every connection of the pool. */
    @Override
    public void close() {
        dataSource.close();
    }
}
