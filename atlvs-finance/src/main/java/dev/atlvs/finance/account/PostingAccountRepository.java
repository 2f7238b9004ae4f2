package dev.atlvs.finance.account;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The posting accounts of the current organization. */
public interface PostingAccountRepository extends Repository<PostingAccount> {

    /** The assignment of {@code purpose}, if any. */
    @SqlQuery("select * from atlvs.posting_accounts where organization_id = :organizationId and purpose = :purpose")
    Optional<PostingAccount> forPurpose(String purpose);

    /** Every assignment, by purpose. */
    @SqlQuery("select * from atlvs.posting_accounts where organization_id = :organizationId order by purpose")
    List<PostingAccount> all();
}
