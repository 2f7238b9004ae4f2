/**
 * The chart of accounts: general-ledger accounts in a tree, each with a type and the normal balance it
 * implies.
 *
 * <pre>{@code
 * AccountRepository accounts = tx.repository(AccountRepository.class);
 * Account cash = accounts.insert(Account.builder().organizationId(tx.organizationId())
 *         .accountNumber("1000").name("Cash").type(AccountType.ASSET).build());
 * cash.normalBalance();                              // DEBIT
 * Optional<Account> fees = accounts.findByNumber("4000");
 * }</pre>
 */
package dev.atlvs.finance.account;
