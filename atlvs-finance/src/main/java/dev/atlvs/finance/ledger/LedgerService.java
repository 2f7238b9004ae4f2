package dev.atlvs.finance.ledger;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.finance.FinanceRules;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.validation.Validation;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.period.FiscalPeriodStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The double-entry posting engine, inside the caller's tenant transaction: posts balanced entries,
 * reverses posted ones, and sums the ledger into a trial balance. Every rule is checked here first for a
 * clear error, and held again by the database whatever code writes: an entry balances per currency
 * ({@code journal_entries_balanced}), a line has one non-zero side ({@code journal_lines_one_side_check}),
 * posted entries are immutable, nothing posts into a closed fiscal period ({@code journal_entries_period_closed}).
 *
 * <p>Permissions: {@link FinancePermissions#JOURNAL_ENTRIES_POST} to post, {@link FinancePermissions#JOURNAL_ENTRIES_REVERSE} to reverse, {@link FinancePermissions#JOURNAL_ENTRIES_READ} for trial balances.
 */
public final class LedgerService {

    private final TenantTransaction tx;
    private final JournalEntryRepository entries;
    private final JournalLineRepository lines;

    public LedgerService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.entries = tx.repository(JournalEntryRepository.class);
        this.lines = tx.repository(JournalLineRepository.class);
    }

    /**
     * Writes {@code draft} and posts it.
     *
     * @throws ValidationException when the draft breaks a rule; ({@link FinanceErrorCode#ENTRY_UNBALANCED}, field
     *         {@code lines}, rule {@code journal_entries_balanced}) when it has fewer than two lines or its debits differ
     *         from its credits in some currency; ({@link FinanceErrorCode#ACCOUNT_NOT_POSTABLE}) when a line's account is
     *         inactive or kept in another currency
     * @throws ConflictException ({@link FinanceErrorCode#PERIOD_CLOSED}, field {@code postingDate}) when the posting date
     *         is in a closed fiscal period
     * @throws DuplicateException (field {@code entryNumber}) when the number is taken
     * @throws dev.atlvs.core.error.ReferenceMissingException when an account or the project does not exist
     */
    public JournalEntry post(JournalEntryDraft draft) {
        requireNonNull(draft, "draft is null");
        tx.require(FinancePermissions.JOURNAL_ENTRIES_POST);
        Validation.validate("JournalEntryDraft", draft);
        requireBalanced(draft.lines());
        requirePostableAccounts(draft.lines());
        requireOpenPeriod(draft.postingDate());
        List<JournalEntryDraft.Line> based = inBaseCurrency(draft.lines(), draft.postingDate());
        if (entries.findByNumber(draft.entryNumber()).isPresent()) {
            throw new DuplicateException("JournalEntry", List.of("entryNumber"), "journal_entries_entry_number_unique", null);
        }
        return write(JournalEntry.builder().organizationId(tx.organizationId()).entryNumber(draft.entryNumber())
                .postingDate(draft.postingDate()).description(draft.description()).referenceType(draft.referenceType())
                .referenceId(draft.referenceId()).projectId(draft.projectId()).build(), based);
    }

    /**
     * Reverses the posted entry {@code entryId} on {@code date}: posts a new entry (number {@code REV-<number>})
     * with every debit and credit swapped, pointing at the original, and marks the original reversed.
     *
     * @return the reversing entry
     * @throws ConflictException ({@link FinanceErrorCode#JOURNAL_ENTRY_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code journal_entries_status_transition}) when the entry is a draft or already reversed; ({@link FinanceErrorCode#PERIOD_CLOSED}) when {@code date} is in a closed period
     * @throws dev.atlvs.core.error.NotFoundException when there is no such entry
     */
    public JournalEntry reverse(UUID entryId, LocalDate date) {
        requireNonNull(entryId, "entryId is null");
        requireNonNull(date, "date is null");
        tx.require(FinancePermissions.JOURNAL_ENTRIES_REVERSE);
        JournalEntry original = JournalEntryStatus.LIFECYCLE.require(entries.get(entryId), JournalEntryStatus.REVERSED);
        requireOpenPeriod(date);
        List<JournalEntryDraft.Line> swapped = lines.ofEntry(entryId).stream()
                .map(line -> new JournalEntryDraft.Line(line.accountId(), line.credit(), line.debit(), line.currency(), line.projectId(),
                        line.memo(), Optional.of(line.baseCredit()), Optional.of(line.baseDebit())))
                .toList();
        JournalEntry reversal = write(JournalEntry.builder().organizationId(tx.organizationId())
                .entryNumber("REV-" + original.entryNumber()).postingDate(date)
                .description(truncated("Reversal of " + original.entryNumber() + ": " + original.description()))
                .referenceType(original.referenceType()).referenceId(original.referenceId()).projectId(original.projectId())
                .reversalOf(original.id()).build(), swapped);
        entries.markReversed(original.id());
        return reversal;
    }

    /** The trial balance of every posted line booked on {@code from} to {@code to} (both included). */
    public TrialBalance trialBalance(LocalDate from, LocalDate to) {
        return trialBalance(from, to, Optional.empty());
    }

    /**
     * The trial balance of project {@code projectId}: the posted lines booked on {@code from} to {@code to} that
     * are for the project (a line's own project, or else its entry's).
     */
    public TrialBalance trialBalance(UUID projectId, LocalDate from, LocalDate to) {
        return trialBalance(from, to, Optional.of(requireNonNull(projectId, "projectId is null")));
    }

    private TrialBalance trialBalance(LocalDate from, LocalDate to, Optional<UUID> projectId) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        tx.require(FinancePermissions.JOURNAL_ENTRIES_READ);
        if (to.isBefore(from)) {
            throw new ValidationException(FinanceErrorCode.PERIOD_INVALID, "TrialBalance",
                    List.of(new FieldViolation("to", "ordered", "is on or after from")));
        }
        List<TrialBalance.Row> rows = tx.handle().createQuery("""
                select a.id, a.account_number, a.name, a.type, l.currency, sum(l.debit) as debit, sum(l.credit) as credit,
                       sum(l.base_debit) as base_debit, sum(l.base_credit) as base_credit
                  from atlvs.journal_lines l
                  join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                  join atlvs.accounts a on a.organization_id = l.organization_id and a.id = l.account_id
                 where l.organization_id = :organizationId and e.organization_id = :organizationId
                   and e.status in ('posted', 'reversed')
                   and e.posting_date between :from and :to
                   and (cast(:projectId as uuid) is null or coalesce(l.project_id, e.project_id) = :projectId)
                 group by a.id, a.account_number, a.name, a.type, l.currency
                 order by a.account_number, l.currency
                """)
                .bind("organizationId", tx.organizationId())
                .bind("from", from)
                .bind("to", to)
                .bind("projectId", projectId.orElse(null))
                .map((row, context) -> new TrialBalance.Row(row.getObject("id", UUID.class), row.getString("account_number"),
                        row.getString("name"), AccountType.valueOf(row.getString("type").toUpperCase(Locale.ROOT)),
                        row.getString("currency"), row.getBigDecimal("debit"), row.getBigDecimal("credit"),
                        row.getBigDecimal("base_debit"), row.getBigDecimal("base_credit")))
                .list();
        return new TrialBalance(from, to, projectId, new ExchangeRates(tx).baseCurrency(), rows);
    }

    private JournalEntry write(JournalEntry header, List<JournalEntryDraft.Line> draftLines) {
        JournalEntry draft = entries.insert(header);
        int number = 1;
        for (JournalEntryDraft.Line line : draftLines) {
            lines.insert(JournalLine.builder().organizationId(tx.organizationId()).entryId(draft.id()).lineNumber(number++)
                    .accountId(line.accountId()).debit(line.debit()).credit(line.credit()).currency(line.currency())
                    .baseDebit(line.baseDebit().orElseThrow()).baseCredit(line.baseCredit().orElseThrow())
                    .projectId(line.projectId()).memo(line.memo()).build());
        }
        entries.markPosted(draft.id());
        return entries.get(draft.id());
    }

    /** At least two lines, each with one positive side, and per currency as much debit as credit. */
    private static void requireBalanced(List<JournalEntryDraft.Line> draftLines) {
        Violations violations = Violations.of("JournalEntry", FinanceErrorCode.ENTRY_UNBALANCED)
                .require(draftLines.size() >= 2, FinanceRules.JOURNAL_ENTRIES_BALANCED);
        Map<String, BigDecimal> difference = new TreeMap<>();
        for (int i = 0; i < draftLines.size(); i++) {
            JournalEntryDraft.Line line = draftLines.get(i);
            violations.require(Currencies.isKnown(line.currency()), "lines[" + i + "].currency", "currency_known",
                    "is an ISO 4217 currency code such as EUR");
            violations.require(line.debit().signum() >= 0 && line.credit().signum() >= 0
                    && (line.isExchangeDifference() || (line.debit().signum() == 0) != (line.credit().signum() == 0)),
                    "lines[" + i + "]", FinanceRules.JOURNAL_LINES_ONE_SIDE_CHECK.name(), "a line has exactly one positive side, debit or credit");
            difference.merge(line.currency(), line.debit().subtract(line.credit()), BigDecimal::add);
        }
        // One violation however many currencies differ: the rule is the entry's, not a currency's.
        violations.require(difference.values().stream().allMatch(amount -> amount.signum() == 0) || draftLines.size() < 2,
                FinanceRules.JOURNAL_ENTRIES_BALANCED);
        violations.throwIfAny();
    }

    /**
     * The lines with their base amounts: a line in the base currency has its own amounts; a line with given
     * base amounts keeps them; any other line is converted at the rate of {@code date}, rounded half up to the
     * base currency's minor unit, with the rounding difference of a currency's converted lines put on its
     * largest line so that converting a balanced set of lines leaves it balanced. The result balances in the
     * base currency or the entry is refused.
     */
    private List<JournalEntryDraft.Line> inBaseCurrency(List<JournalEntryDraft.Line> draftLines, LocalDate date) {
        ExchangeRates rates = new ExchangeRates(tx);
        String base = rates.baseCurrency();
        List<FieldViolation> violations = new ArrayList<>();
        List<JournalEntryDraft.Line> based = new ArrayList<>(draftLines.size());
        Map<String, List<Integer>> converted = new TreeMap<>();
        for (int i = 0; i < draftLines.size(); i++) {
            JournalEntryDraft.Line line = draftLines.get(i);
            boolean given = line.baseDebit().isPresent() || line.baseCredit().isPresent();
            if (line.currency().equals(base)) {
                if (line.isExchangeDifference()) {
                    violations.add(new FieldViolation("lines[" + i + "].currency", "exchange_difference_currency",
                            "an exchange difference is booked in the foreign currency of the document it settles"));
                }
                based.add(new JournalEntryDraft.Line(line.accountId(), line.debit(), line.credit(), line.currency(), line.projectId(),
                        line.memo(), Optional.of(line.debit()), Optional.of(line.credit())));
            } else if (given) {
                BigDecimal baseDebit = line.baseDebit().orElse(BigDecimal.ZERO);
                BigDecimal baseCredit = line.baseCredit().orElse(BigDecimal.ZERO);
                boolean sameSide = line.isExchangeDifference()
                        ? baseDebit.signum() >= 0 && baseCredit.signum() >= 0 && (baseDebit.signum() == 0) != (baseCredit.signum() == 0)
                        : baseDebit.signum() >= 0 && baseCredit.signum() >= 0
                                && (line.debit().signum() == 0) == (baseDebit.signum() == 0)
                                && (line.credit().signum() == 0) == (baseCredit.signum() == 0);
                if (!sameSide) {
                    violations.add(new FieldViolation("lines[" + i + "].baseDebit", "journal_lines_one_side_check",
                            "the base amount is positive and on the side of the line's amount"));
                }
                based.add(new JournalEntryDraft.Line(line.accountId(), line.debit(), line.credit(), line.currency(), line.projectId(),
                        line.memo(), Optional.of(baseDebit), Optional.of(baseCredit)));
            } else if (line.isExchangeDifference()) {
                violations.add(new FieldViolation("lines[" + i + "].baseDebit", "exchange_difference_base",
                        "an exchange-difference line gives its amount in the base currency"));
                based.add(line);
            } else {
                BigDecimal rate = rates.rate(line.currency(), base, date);
                BigDecimal baseDebit = Currencies.round(line.debit().multiply(rate), base);
                BigDecimal baseCredit = Currencies.round(line.credit().multiply(rate), base);
                if (baseDebit.signum() == 0 && baseCredit.signum() == 0) {
                    violations.add(new FieldViolation("lines[" + i + "].debit", "journal_lines_one_side_check",
                            "is worth less than the base currency's smallest unit; book it in the base currency"));
                }
                based.add(new JournalEntryDraft.Line(line.accountId(), line.debit(), line.credit(), line.currency(), line.projectId(),
                        line.memo(), Optional.of(baseDebit), Optional.of(baseCredit)));
                converted.computeIfAbsent(line.currency(), currency -> new ArrayList<>()).add(i);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(FinanceErrorCode.BASE_AMOUNT_INVALID, "JournalEntry", violations);
        }
        converted.forEach((currency, indexes) -> {
            boolean wholeCurrency = indexes.size() == draftLines.stream().filter(line -> line.currency().equals(currency)).count();
            if (wholeCurrency) {
                settleRounding(based, indexes);
            }
        });
        BigDecimal difference = based.stream().map(line -> line.baseDebit().orElseThrow().subtract(line.baseCredit().orElseThrow()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (difference.signum() != 0) {
            throw FinanceRules.JOURNAL_ENTRIES_BALANCED.exception();
        }
        return based;
    }

    /** Puts the rounding difference of one currency's converted lines on its largest line of the short side. */
    private static void settleRounding(List<JournalEntryDraft.Line> based, List<Integer> indexes) {
        BigDecimal difference = BigDecimal.ZERO;
        for (int i : indexes) {
            difference = difference.add(based.get(i).baseDebit().orElseThrow()).subtract(based.get(i).baseCredit().orElseThrow());
        }
        if (difference.signum() == 0) {
            return;
        }
        boolean raiseCredits = difference.signum() > 0;
        int largest = -1;
        for (int i : indexes) {
            JournalEntryDraft.Line line = based.get(i);
            BigDecimal side = raiseCredits ? line.credit() : line.debit();
            if (side.signum() > 0 && (largest < 0 || side.compareTo(raiseCredits ? based.get(largest).credit() : based.get(largest).debit()) > 0)) {
                largest = i;
            }
        }
        JournalEntryDraft.Line line = based.get(largest);
        based.set(largest, raiseCredits
                ? line.withBaseAmount(line.baseCredit().orElseThrow().add(difference))
                : line.withBaseAmount(line.baseDebit().orElseThrow().subtract(difference)));
    }

    private void requirePostableAccounts(List<JournalEntryDraft.Line> draftLines) {
        AccountRepository accounts = tx.repository(AccountRepository.class);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < draftLines.size(); i++) {
            JournalEntryDraft.Line line = draftLines.get(i);
            Optional<Account> account = accounts.find(line.accountId());
            if (account.isEmpty()) {
                continue; // the foreign key reports it
            }
            if (!account.get().isActive()) {
                violations.add(new FieldViolation("lines[" + i + "].accountId", "account_active", "posts only to an active account"));
            }
            if (account.get().currency().filter(currency -> !currency.equals(line.currency())).isPresent()) {
                violations.add(new FieldViolation("lines[" + i + "].currency", "account_currency",
                        "is the currency the account is kept in"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(FinanceErrorCode.ACCOUNT_NOT_POSTABLE, "JournalEntry", violations);
        }
    }

    private void requireOpenPeriod(LocalDate date) {
        if (tx.repository(FiscalPeriodRepository.class).containing(date).filter(p -> p.status() == FiscalPeriodStatus.CLOSED).isPresent()) {
            throw FinanceRules.JOURNAL_ENTRIES_PERIOD_CLOSED.exception();
        }
    }

    private static String truncated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
