package dev.atlvs.finance.expense;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The expense policy of the current organization. */
public interface ExpensePolicyRepository extends Repository<ExpensePolicy> {

    /** The organization's policy, if it has one. */
    @SqlQuery("select * from atlvs.expense_policies where organization_id = :organizationId")
    Optional<ExpensePolicy> current();
}
