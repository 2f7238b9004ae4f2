package dev.atlvs.pipeline.sales.funnel;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.pipeline.PipelineErrorCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The platform operation that refreshes the materialized funnel of every organization: a system operation for the
 * host's scheduler (every few minutes, hourly...), never part of a tenant transaction. It connects through the schema
 * owner's pool (the one the migrations run with), since only the owner of the reporting schema may refresh it; the
 * run-time role has no privilege on that schema.
 *
 * <p>The refresh is concurrent: readers keep the previous contents until it commits. Its time and duration are recorded;
 * every materialized funnel read carries that time as its {@code asOf}. On a distributed (Citus) database the funnel is
 * not materialized and {@link #refreshFunnel()} does nothing.
 *
 * <pre>{@code
 * PipelineReporting reporting = new PipelineReporting(ownerDataSource);
 * reporting.refreshFunnel().ifPresent(refresh -> log.info("funnel refreshed in {}", refresh.duration()));
 * }</pre>
 */
public final class PipelineReporting {

    /**
     * One refresh.
     *
     * @param refreshedAt when it started: the time its contents hold for
     * @param duration    how long it took
     * @param rows        the rows of the materialized view afterwards
     */
    public record Refresh(Instant refreshedAt, Duration duration, long rows) {}

    private final DataSource owner;

    /** Refreshes through {@code owner}, a pool of the role that owns the ATLVS schema. */
    public PipelineReporting(DataSource owner) {
        this.owner = requireNonNull(owner, "owner is null");
    }

    /**
     * Refreshes the materialized funnel of every organization and records when and how long.
     *
     * @return the refresh, or empty where the funnel is not materialized (a distributed database)
     * @throws AtlvsException ({@link PipelineErrorCode#REPORTING_REFRESH_FAILED}) when the database refuses it, for example
     *         to a role that does not own the reporting schema
     */
    public Optional<Refresh> refreshFunnel() {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select to_regprocedure('atlvs_reporting.refresh_pipeline_funnel()') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            try (ResultSet row = statement.executeQuery(
                    "select r.refreshed_at, r.duration_ms, r.row_count from atlvs_reporting.refresh_pipeline_funnel() r")) {
                row.next();
                BigDecimal millis = row.getBigDecimal(2);
                return Optional.of(new Refresh(row.getObject(1, OffsetDateTime.class).toInstant(),
                        Duration.ofNanos(millis.movePointRight(6).longValue()), row.getLong(3)));
            }
        } catch (SQLException failure) {
            throw new AtlvsException(PipelineErrorCode.REPORTING_REFRESH_FAILED,
                    "the funnel could not be refreshed (SQLSTATE " + failure.getSQLState() + "); refresh as the schema owner", failure);
        }
    }
}
