package dev.atlvs.finance.account;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * An account of the general-ledger chart: {@code 1000 Cash}, {@code 4000 Production Fees}. Its number is
 * unique in the organization; accounts form an acyclic tree through {@link #parentAccountId()}. The
 * {@link #normalBalance()} is derived from the {@link #type()} (the database sets it whatever is written).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("accounts")
public interface Account extends TenantEntity {

    Table<Account, ImmutableAccount.Builder> TABLE = AccountTable.TABLE;

    static ImmutableAccount.Builder builder() {
        return ImmutableAccount.builder();
    }

    /** The account number, unique in the organization: letters, digits, dots and dashes, up to 20. */
    @Db.Sortable
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,19}", message = "must be 1 to 20 letters, digits, dots or dashes")
    String accountNumber();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 2000) String> description();

    @Db.Sortable
    @NotNull
    AccountType type();

    /** Derived from {@link #type()}; a value with another is invalid. */
    @Value.Default
    default NormalBalance normalBalance() {
        return type().normalBalance();
    }

    /** The parent account in the chart's tree. */
    Optional<UUID> parentAccountId();

    /** The one currency the account is kept in; empty when it takes any. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Whether new lines may post to the account. */
    @Value.Default
    default boolean isActive() {
        return true;
    }

    @Value.Check
    default void check() {
        if (normalBalance() != type().normalBalance()) {
            throw dev.atlvs.finance.FinanceRules.ACCOUNTS_NORMAL_BALANCE_TYPE_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
