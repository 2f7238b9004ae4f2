package dev.atlvs.pipeline.sales.funnel.internal;

import dev.atlvs.pipeline.sales.funnel.FunnelRow;
import dev.atlvs.pipeline.sales.funnel.ReportingState;
import dev.atlvs.pipeline.sales.funnel.StageRow;
import dev.atlvs.pipeline.sales.funnel.StaleDeal;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the funnel reads. Public for Jdbi only. */
public final class FunnelMappers {
    private FunnelMappers() {}

    /** Maps a row of the funnel aggregate, live or materialized. */
    public static final class Rows implements RowMapper<FunnelRow> {
        @Override
        public FunnelRow map(ResultSet rows, StatementContext context) throws SQLException {
            String currency = rows.getString("currency");
            return new FunnelRow(rows.getObject("stage_id", UUID.class), rows.getObject("month", LocalDate.class),
                    Optional.ofNullable(currency).filter(c -> !c.isBlank()), rows.getLong("entered"), rows.getLong("moved_on"),
                    rows.getLong("lost"), rows.getLong("won"), rows.getLong("still_there"), rows.getBigDecimal("days_in_stage_sum"),
                    rows.getLong("days_in_stage_count"), rows.getBigDecimal("value_sum"), rows.getBigDecimal("cycle_days_sum"),
                    rows.getLong("cycle_count"));
        }
    }

    /** Maps a stage. */
    public static final class Stages implements RowMapper<StageRow> {
        @Override
        public StageRow map(ResultSet rows, StatementContext context) throws SQLException {
            return new StageRow(rows.getObject("id", UUID.class), rows.getString("name"), rows.getInt("stage_order"),
                    rows.getBoolean("is_won"), rows.getBoolean("is_lost"));
        }
    }

    /** Maps the reporting state. */
    public static final class States implements RowMapper<ReportingState> {
        @Override
        public ReportingState map(ResultSet rows, StatementContext context) throws SQLException {
            OffsetDateTime at = rows.getObject("refreshed_at", OffsetDateTime.class);
            return new ReportingState(rows.getBoolean("materialized"), Optional.ofNullable(at).map(OffsetDateTime::toInstant),
                    Optional.ofNullable(rows.getBigDecimal("duration_ms")));
        }
    }

    /** Maps a stale deal. */
    public static final class StaleDeals implements RowMapper<StaleDeal> {
        @Override
        public StaleDeal map(ResultSet rows, StatementContext context) throws SQLException {
            BigDecimal value = rows.getBigDecimal("value");
            return new StaleDeal(rows.getObject("id", UUID.class), rows.getString("title"), rows.getObject("stage_id", UUID.class),
                    Optional.ofNullable(rows.getObject("owner_user_id", UUID.class)), Optional.ofNullable(value),
                    Optional.ofNullable(rows.getString("currency")), rows.getObject("last_touch", OffsetDateTime.class).toInstant(),
                    rows.getInt("idle_days"));
        }
    }
}
