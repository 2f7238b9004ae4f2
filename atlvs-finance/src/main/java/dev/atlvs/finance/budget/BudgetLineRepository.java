package dev.atlvs.finance.budget;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Budget lines of the current organization. */
public interface BudgetLineRepository extends Repository<BudgetLine> {

    /** The current plan of a budget: the latest revision of each line, by period then category. */
    @SqlQuery("""
            select distinct on (category, gl_account_id, period_start) * from atlvs.budget_lines
             where organization_id = :organizationId and budget_id = :budgetId
             order by category, gl_account_id, period_start, revision desc
            """)
    List<BudgetLine> currentOf(UUID budgetId);
}
