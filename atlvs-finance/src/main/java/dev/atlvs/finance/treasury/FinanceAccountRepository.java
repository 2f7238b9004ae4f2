package dev.atlvs.finance.treasury;

import dev.atlvs.core.repository.Repository;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The finance accounts of the current organization. Open and close them through {@link FinanceAccountService}. */
public interface FinanceAccountRepository extends Repository<FinanceAccount> {

    /** Every account that is not closed, by name. */
    @SqlQuery("""
            select * from atlvs.finance_accounts
             where organization_id = :organizationId and status <> 'closed'
             order by name, id
            """)
    List<FinanceAccount> open();

    /**
     * The balance of {@code id} in its currency: the opening balance plus the posted lines of its GL account in
     * that currency (debits minus credits).
     */
    @SqlQuery("""
            select f.opening_balance
                   + coalesce((select sum(l.debit) - sum(l.credit)
                                 from atlvs.journal_lines l
                                 join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                                where l.organization_id = :organizationId and e.organization_id = :organizationId
                                  and l.account_id = f.gl_account_id and l.currency = f.currency and e.status <> 'draft'), 0)
              from atlvs.finance_accounts f
             where f.organization_id = :organizationId and f.id = :id
            """)
    BigDecimal balance(UUID id);
}
