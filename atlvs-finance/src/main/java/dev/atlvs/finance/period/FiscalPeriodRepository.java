package dev.atlvs.finance.period;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Fiscal periods of the current organization. Closing one is a plain update of its status. */
public interface FiscalPeriodRepository extends Repository<FiscalPeriod> {

    /** The period {@code date} falls in, if any. */
    @SqlQuery("""
            select * from atlvs.fiscal_periods
             where organization_id = :organizationId and starts_on <= :date and ends_on >= :date
            """)
    Optional<FiscalPeriod> containing(LocalDate date);

    /** Every period in date order. */
    @SqlQuery("""
            select * from atlvs.fiscal_periods
             where organization_id = :organizationId
             order by starts_on
            """)
    List<FiscalPeriod> inOrder();
}
