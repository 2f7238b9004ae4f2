package dev.atlvs.finance.statement;

import dev.atlvs.finance.account.AccountType;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One account's amount on a statement, in the base currency, signed by its normal balance: debits less
 * credits for assets and expenses, credits less debits for liabilities, equity and revenue.
 */
public record StatementLine(UUID accountId, String accountNumber, String accountName, AccountType type, BigDecimal amount) {}
