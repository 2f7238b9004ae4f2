package dev.atlvs.pipeline.sales.forecast.internal;

import dev.atlvs.pipeline.sales.forecast.ForecastSubtotal;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the forecast reads. Public for Jdbi only. */
public final class ForecastMappers {
    private ForecastMappers() {}

    /** Maps a row of {@link dev.atlvs.pipeline.sales.forecast.ForecastReads#subtotals}. */
    public static final class Subtotals implements RowMapper<ForecastSubtotal> {
        @Override
        public ForecastSubtotal map(ResultSet rows, StatementContext context) throws SQLException {
            String currency = rows.getString("currency");
            return new ForecastSubtotal(Optional.ofNullable(currency).filter(c -> !c.isBlank()), amount(rows, "pipeline_value"),
                    amount(rows, "weighted_value"), amount(rows, "commit_value"), amount(rows, "best_case_value"),
                    amount(rows, "closed_won_value"), rows.getInt("deal_count"), rows.getInt("won_count"));
        }

        private static BigDecimal amount(ResultSet rows, String column) throws SQLException {
            BigDecimal value = rows.getBigDecimal(column);
            return value == null ? BigDecimal.ZERO : value;
        }
    }
}
