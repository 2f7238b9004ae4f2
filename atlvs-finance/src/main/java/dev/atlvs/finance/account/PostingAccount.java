package dev.atlvs.finance.account;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.immutables.value.Value;

/** The account the standard postings of one {@link PostingPurpose} go to; one per purpose and organization. */
@Value.Immutable
@AtlvsStyle
public interface PostingAccount extends TenantEntity {

    Table<PostingAccount, ImmutablePostingAccount.Builder> TABLE = Table
            .tenant("posting_accounts", PostingAccount.class, ImmutablePostingAccount::builder, ImmutablePostingAccount.Builder::build)
            .column("purpose", ColumnType.enumeration(PostingPurpose.class), PostingAccount::purpose,
                    ImmutablePostingAccount.Builder::purpose).sortable()
            .column("account_id", ColumnType.UUID_TYPE, PostingAccount::accountId, ImmutablePostingAccount.Builder::accountId)
            .build();

    static ImmutablePostingAccount.Builder builder() {
        return ImmutablePostingAccount.builder();
    }

    @NotNull
    PostingPurpose purpose();

    UUID accountId();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
