package dev.atlvs.finance.expense;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The organization's expense rules, one per organization: an expense whose base-currency amount is above
 * {@link #receiptThreshold()} is submitted only with a receipt (rule {@code expenses_receipt_required},
 * held by the database too). Without a policy no receipt is required. Set it with
 * {@link ExpenseService#setReceiptThreshold}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("expense_policies")
public interface ExpensePolicy extends TenantEntity {

    Table<ExpensePolicy, ImmutableExpensePolicy.Builder> TABLE = ExpensePolicyTable.TABLE;

    static ImmutableExpensePolicy.Builder builder() {
        return ImmutableExpensePolicy.builder();
    }

    /** In the organization's base currency. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal receiptThreshold();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
