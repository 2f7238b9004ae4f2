package dev.atlvs.pipeline.sales.automation.internal;

import dev.atlvs.pipeline.sales.automation.DealState;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code DealAutomationRepository}'s deal queries to a {@link DealState}. */
public final class DealStateMapper implements RowMapper<DealState> {

    @Override
    public DealState map(ResultSet row, StatementContext ctx) throws SQLException {
        Array tags = row.getArray("tags");
        return new DealState(
                row.getObject("id", UUID.class),
                row.getObject("pipeline_id", UUID.class),
                row.getObject("stage_id", UUID.class),
                row.getString("stage_name"),
                row.getString("title"),
                row.getString("status"),
                Optional.ofNullable(row.getBigDecimal("value")),
                Optional.ofNullable(row.getString("currency")),
                row.getBigDecimal("probability"),
                row.getString("forecast_category"),
                Optional.ofNullable(row.getString("deal_size")),
                Optional.ofNullable(row.getObject("expected_close_date", LocalDate.class)),
                Optional.ofNullable(row.getObject("owner_user_id", UUID.class)),
                Optional.ofNullable(row.getObject("company_id", UUID.class)),
                Optional.ofNullable(row.getString("source")),
                tags == null ? List.of() : List.of((String[]) tags.getArray()),
                Optional.ofNullable(row.getObject("stage_entered_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                row.getObject("last_activity_at", OffsetDateTime.class).toInstant());
    }
}
