package dev.atlvs.finance.currency;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Exchange rates of the current organization. */
public interface ExchangeRateRepository extends Repository<ExchangeRate> {

    /** The rate of the pair that applies on {@code date}: the latest one dated on or before it. */
    @SqlQuery("""
            select * from atlvs.exchange_rates
             where organization_id = :organizationId and base_currency = :baseCurrency and quote_currency = :quoteCurrency
               and as_of <= :date
             order by as_of desc
             limit 1
            """)
    Optional<ExchangeRate> applicable(String baseCurrency, String quoteCurrency, LocalDate date);

    /** The rate of the pair dated exactly {@code asOf}. */
    @SqlQuery("""
            select * from atlvs.exchange_rates
             where organization_id = :organizationId and base_currency = :baseCurrency and quote_currency = :quoteCurrency
               and as_of = :asOf
            """)
    Optional<ExchangeRate> dated(String baseCurrency, String quoteCurrency, LocalDate asOf);

    /** The history of a pair, newest first. */
    @SqlQuery("""
            select * from atlvs.exchange_rates
             where organization_id = :organizationId and base_currency = :baseCurrency and quote_currency = :quoteCurrency
             order by as_of desc
            """)
    List<ExchangeRate> history(String baseCurrency, String quoteCurrency);
}
