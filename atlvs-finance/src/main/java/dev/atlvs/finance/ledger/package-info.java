/**
 * The journal: double-entry entries and their lines, posted, reversed and summed into trial balances by
 * {@link dev.atlvs.finance.ledger.LedgerService}.
 *
 * <pre>{@code
 * LedgerService ledger = new LedgerService(tx);
 * JournalEntry fee = ledger.post(JournalEntryDraft.builder().entryNumber("JE-0001")
 *         .postingDate(LocalDate.of(2026, 7, 20)).description("Production fee")
 *         .addLines(JournalEntryDraft.Line.debit(receivables.id(), new BigDecimal("25000.00"), "EUR"),
 *                   JournalEntryDraft.Line.credit(fees.id(), new BigDecimal("25000.00"), "EUR"))
 *         .build());
 * JournalEntry correction = ledger.reverse(fee.id(), LocalDate.of(2026, 7, 21));
 * TrialBalance july = ledger.trialBalance(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * july.isBalanced();                                  // true: debits equal credits per currency
 * }</pre>
 */
package dev.atlvs.finance.ledger;
