/**
 * Finance accounts: where the organization's money is held (bank, card, cash, petty-cash floats, merchant and
 * escrow accounts), each booked on one account of the chart, with a derived balance.
 *
 * <pre>{@code
 * FinanceAccountService accounts = new FinanceAccountService(tx);
 * FinanceAccount bank = accounts.open(FinanceAccount.builder().organizationId(tx.organizationId())
 *         .name("Operating account").kind(FinanceAccountKind.BANK).currency("USD").glAccountId(gl.id()).build());
 * Money balance = accounts.balance(bank.id());   // opening balance + posted movements
 * accounts.close(bank.id());                      // refused unless the balance is zero
 * }</pre>
 */
package dev.atlvs.finance.treasury;
