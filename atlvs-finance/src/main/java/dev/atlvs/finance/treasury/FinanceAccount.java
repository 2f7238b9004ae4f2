package dev.atlvs.finance.treasury;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * An account that holds money (a bank account, a card, the cash box, a petty-cash float on site, a merchant or
 * escrow account), booked on one account of the chart ({@link #glAccountId()}). Its balance is derived, never
 * stored: the opening balance plus the posted lines of the GL account in the account's currency (see
 * {@link FinanceAccountService#balance(UUID)}). The account number is never stored in full: only its last four
 * characters ({@link #accountNumberLast4()}), which the audit trail redacts, and which the SDK shows masked.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("finance_accounts")
public interface FinanceAccount extends TenantEntity {

    Table<FinanceAccount, ImmutableFinanceAccount.Builder> TABLE = FinanceAccountTable.TABLE;

    static ImmutableFinanceAccount.Builder builder() {
        return ImmutableFinanceAccount.builder();
    }

    /** The name, unique in the organization ({@code Operating account (EUR)}). */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    @NotNull
    FinanceAccountKind kind();

    /** The currency the account holds; it does not change. */
    @Db.Fixed
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** The account of the chart its movements are booked on; one finance account per GL account. */
    @NotNull
    UUID glAccountId();

    Optional<@Size(max = 200) String> bankName();

    /** The last four characters of the account or card number; the full number is never stored. */
    @Db.Sensitive
    Optional<@Pattern(regexp = "[A-Za-z0-9]{4}", message = "must be the last four letters or digits of the number") String> accountNumberLast4();

    /** The balance before the first posted movement. */
    @Value.Default
    @Digits(integer = 15, fraction = 4)
    default BigDecimal openingBalance() {
        return BigDecimal.ZERO;
    }

    Optional<LocalDate> openingDate();

    @Db.Sortable
    @Value.Default
    default FinanceAccountStatus status() {
        return FinanceAccountStatus.ACTIVE;
    }

    Optional<@Size(max = 2000) String> notes();

    /** The account number as it may be shown: {@code •••• 4321}, or empty when none is known. */
    default Optional<String> maskedNumber() {
        return accountNumberLast4().map(last4 -> "•••• " + last4);
    }

    /** The last four characters of {@code fullNumber} (spaces and dashes ignored), to store instead of the number. */
    static Optional<String> lastFour(String fullNumber) {
        if (fullNumber == null) {
            return Optional.empty();
        }
        String compact = fullNumber.replaceAll("[\\s-]", "");
        return compact.length() < 4 ? Optional.of(compact) : Optional.of(compact.substring(compact.length() - 4));
    }

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("FinanceAccount")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(openingBalance(), currency()), dev.atlvs.finance.FinanceRules.FINANCE_ACCOUNTS_OPENING_BALANCE_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
