package dev.atlvs.finance.account;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The chart of accounts of the current organization. */
public interface AccountRepository extends Repository<Account> {

    /** The account with this number. */
    @SqlQuery("""
            select * from atlvs.accounts
             where organization_id = :organizationId and account_number = :accountNumber
            """)
    Optional<Account> findByNumber(String accountNumber);

    /** The whole chart by account number. */
    @SqlQuery("""
            select * from atlvs.accounts
             where organization_id = :organizationId
             order by account_number
            """)
    List<Account> chart();

    /** The accounts directly under {@code parentAccountId}, by account number. */
    @SqlQuery("""
            select * from atlvs.accounts
             where organization_id = :organizationId and parent_account_id = :parentAccountId
             order by account_number
            """)
    List<Account> children(UUID parentAccountId);
}
