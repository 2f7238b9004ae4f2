package dev.atlvs.finance.account;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.immutables.value.Value;

/** The account the standard postings of one {@link PostingPurpose} go to; one per purpose and organization. */
@Value.Immutable
@AtlvsStyle
@Db.Table("posting_accounts")
public interface PostingAccount extends TenantEntity {

    Table<PostingAccount, ImmutablePostingAccount.Builder> TABLE = PostingAccountTable.TABLE;

    static ImmutablePostingAccount.Builder builder() {
        return ImmutablePostingAccount.builder();
    }

    @Db.Sortable
    @NotNull
    PostingPurpose purpose();

    UUID accountId();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
