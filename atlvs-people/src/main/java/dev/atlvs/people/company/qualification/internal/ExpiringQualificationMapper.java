package dev.atlvs.people.company.qualification.internal;

import dev.atlvs.people.company.qualification.ExpiringQualification;
import dev.atlvs.people.company.qualification.QualificationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of the expiring-qualifications query. Public for Jdbi only. */
public final class ExpiringQualificationMapper implements RowMapper<ExpiringQualification> {
    @Override
    public ExpiringQualification map(ResultSet rows, StatementContext context) throws SQLException {
        return new ExpiringQualification(
                rows.getObject("id", UUID.class),
                rows.getObject("holder_id", UUID.class),
                rows.getString("holder_name"),
                rows.getString("name"),
                rows.getObject("expiry_date", LocalDate.class),
                QualificationStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)));
    }
}
