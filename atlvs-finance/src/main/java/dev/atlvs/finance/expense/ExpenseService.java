package dev.atlvs.finance.expense;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.finance.FinanceRules;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.validation.Validation;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.internal.FinanceEventTypes;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetRepository;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.ReferenceType;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.projects.budget.BudgetCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Expenses through their L-APPROVAL lifecycle ({@link ExpenseStatus}), inside the caller's tenant
 * transaction. Each transition is checked here before the write and again by the database
 * ({@code expenses_status_transition}); the approver is never the submitter (here, and
 * {@code expenses_approver_not_submitter} in the database).
 *
 * <p>Postings: approval posts, on the expense date and in the expense's currency (converted by the ledger
 * at that date's rate), Dr the budget's GL account, else the category's account of the standard chart
 * (6000 Equipment Costs ... 6900 Other Expenses), else the {@link PostingPurpose#EXPENSE} account; Cr
 * {@link PostingPurpose#ACCOUNTS_PAYABLE} for a reimbursable expense, or {@link PostingPurpose#CASH} for one
 * paid directly. Paying a reimbursable expense posts Dr accounts payable / Cr cash at the amounts it was
 * booked at (no exchange difference is realized yet). A zero expense posts nothing.
 *
 * <p>Budgets: an expense counts against its budget once submitted (committed) and once approved (actual). An
 * approval that takes the budget past its amount is refused ({@link FinanceErrorCode#BUDGET_EXCEEDED}) unless
 * made through {@link #approveOverBudget} with a reason, which the audit trail records on the approval.
 *
 * <pre>{@code
 * ExpenseService expenses = new ExpenseService(tx);
 * Expense taxi = expenses.record(Expense.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .budgetId(travel.id()).description("Airport transfer, headliner").amount(new BigDecimal("86.40"))
 *         .currency("EUR").category(BudgetCategory.TRAVEL).expenseDate(LocalDate.of(2026, 7, 18)).build());
 * expenses.submit(taxi.id());
 * // another user, holding finance.expenses.approve:
 * expenses.approve(taxi.id());
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#EXPENSES_CREATE} to record, {@link FinancePermissions#EXPENSES_UPDATE} to edit drafts, submit, recall and cancel,
 * {@link FinancePermissions#EXPENSES_APPROVE} to review, approve and reject, {@link FinancePermissions#EXPENSES_PAY} to pay, {@link FinancePermissions#BUDGETS_OVERRIDE} to approve over
 * budget, {@link FinancePermissions#EXPENSES_MANAGE} to set the expense policy.
 */
public final class ExpenseService {

    /** The standard chart's expense account of each category. */
    private static final Map<BudgetCategory, String> CATEGORY_ACCOUNTS = Map.of(
            BudgetCategory.EQUIPMENT, "6000", BudgetCategory.CONSTRUCTION, "6100", BudgetCategory.CATERING, "6200",
            BudgetCategory.TRAVEL, "6300", BudgetCategory.MARKETING, "6400", BudgetCategory.OPERATIONS, "6500",
            BudgetCategory.PERSONNEL, "6600", BudgetCategory.FACILITIES, "6700", BudgetCategory.TECHNOLOGY, "6800",
            BudgetCategory.OTHER, "6900");

    private final TenantTransaction tx;
    private final ExpenseRepository expenses;

    public ExpenseService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.expenses = tx.repository(ExpenseRepository.class);
    }

    /**
     * Sets the organization's receipt threshold, in its base currency: an expense above it is submitted only
     * with a receipt.
     */
    public ExpensePolicy setReceiptThreshold(BigDecimal threshold) {
        requireNonNull(threshold, "threshold is null");
        tx.require(FinancePermissions.EXPENSES_MANAGE);
        ExpensePolicyRepository policies = tx.repository(ExpensePolicyRepository.class);
        Optional<ExpensePolicy> current = policies.current();
        return current.isPresent()
                ? policies.update(ImmutableExpensePolicy.copyOf(current.get()).withReceiptThreshold(threshold))
                : policies.insert(ExpensePolicy.builder().organizationId(tx.organizationId()).receiptThreshold(threshold).build());
    }

    /**
     * Records {@code expense} as a draft, with the exchange rate and base amount of its date.
     *
     * @throws ValidationException when a rule is broken (a negative amount...); ({@link FinanceErrorCode#UNKNOWN_CURRENCY},
     *         field {@code currency}) for an unknown currency; ({@link FinanceErrorCode#EXPENSE_INVALID}, field
     *         {@code budgetId}) for a budget of another project, outside its period or not open for spending
     * @throws ConflictException ({@link FinanceErrorCode#EXCHANGE_RATE_MISSING}) when no rate converts its currency on its date
     */
    public Expense record(Expense expense) {
        requireNonNull(expense, "expense is null");
        tx.require(FinancePermissions.EXPENSES_CREATE);
        Expense draft = priced(ImmutableExpense.copyOf(expense).withOrganizationId(tx.organizationId()).withStatus(ExpenseStatus.DRAFT));
        Expense recorded = expenses.insert(draft);
        new DomainEvents(tx).append("expense", recorded.id(), FinanceEventTypes.EXPENSE_RECORDED, Map.of("amount", recorded.amount(),
                "currency", recorded.currency(), "category", recorded.category()));
        return recorded;
    }

    /**
     * Changes a draft expense (its status changes only through the transition methods).
     *
     * @throws ConflictException ({@link FinanceErrorCode#EXPENSE_NOT_EDITABLE}, field {@code status}) unless it is a draft
     */
    public Expense update(Expense changed) {
        requireNonNull(changed, "changed is null");
        tx.require(FinancePermissions.EXPENSES_UPDATE);
        Expense current = expenses.get(changed.id());
        if (current.status() != ExpenseStatus.DRAFT || changed.status() != ExpenseStatus.DRAFT) {
            throw new ConflictException(FinanceErrorCode.EXPENSE_NOT_EDITABLE, "status",
                    "only a draft expense is edited; recall it first (expenses_submitted_fixed)");
        }
        return expenses.update(priced(changed));
    }

    /**
     * Submits a draft expense for approval; it now counts as committed against its budget.
     *
     * @throws ValidationException ({@link FinanceErrorCode#EXPENSE_RECEIPT_REQUIRED}, field {@code receiptFileId}) when its
     *         base amount is above the organization's receipt threshold and it has no receipt
     */
    public Expense submit(UUID expenseId) {
        tx.require(FinancePermissions.EXPENSES_UPDATE);
        Expense current = movable(expenseId, ExpenseStatus.SUBMITTED);
        if (current.receiptFileId().isEmpty()) {
            Optional<ExpensePolicy> policy = tx.repository(ExpensePolicyRepository.class).current();
            if (policy.isPresent() && current.baseAmount().compareTo(policy.get().receiptThreshold()) > 0) {
                throw dev.atlvs.finance.FinanceRules.EXPENSES_RECEIPT_REQUIRED.exception();
            }
        }
        return moved(current, ExpenseStatus.SUBMITTED, Optional.empty());
    }

    /** Recalls a submitted expense to draft, for editing. */
    public Expense recall(UUID expenseId) {
        tx.require(FinancePermissions.EXPENSES_UPDATE);
        return moved(movable(expenseId, ExpenseStatus.DRAFT), ExpenseStatus.DRAFT, Optional.empty());
    }

    /** Cancels a draft expense. */
    public Expense cancel(UUID expenseId) {
        tx.require(FinancePermissions.EXPENSES_UPDATE);
        return moved(movable(expenseId, ExpenseStatus.CANCELLED), ExpenseStatus.CANCELLED, Optional.empty());
    }

    /** Takes a submitted expense under review. */
    public Expense review(UUID expenseId) {
        tx.require(FinancePermissions.EXPENSES_APPROVE);
        return moved(movable(expenseId, ExpenseStatus.UNDER_REVIEW), ExpenseStatus.UNDER_REVIEW, Optional.empty());
    }

    /**
     * Rejects a submitted or under-review expense, with a reason for the submitter.
     *
     * @throws AccessDeniedException ({@link FinanceErrorCode#EXPENSE_SELF_APPROVAL}) when the actor submitted it
     */
    public Expense reject(UUID expenseId, String reason) {
        tx.require(FinancePermissions.EXPENSES_APPROVE);
        Expense current = movable(expenseId, ExpenseStatus.REJECTED);
        requireNotSubmitter(current);
        return moved(ImmutableExpense.copyOf(current).withRejectionReason(Optional.ofNullable(reason)), ExpenseStatus.REJECTED,
                Optional.empty());
    }

    /**
     * Approves a submitted or under-review expense and posts it to the ledger.
     *
     * @throws AccessDeniedException ({@link FinanceErrorCode#EXPENSE_SELF_APPROVAL}) when the actor submitted it
     * @throws ConflictException ({@link FinanceErrorCode#BUDGET_EXCEEDED}, field {@code budgetId}) when it would take its
     *         budget past the amount; approve it with {@link #approveOverBudget} instead;
     *         ({@link FinanceErrorCode#EXPENSE_TRANSITION_INVALID}, field {@code status}) when it is not submitted or under review
     */
    public Expense approve(UUID expenseId) {
        tx.require(FinancePermissions.EXPENSES_APPROVE);
        Expense current = movable(expenseId, ExpenseStatus.APPROVED);
        requireNotSubmitter(current);
        requireWithinBudget(current);
        return approved(current);
    }

    /**
     * Approves an expense that takes its budget past its amount: the override is recorded, with {@code reason},
     * on the approval's audit rows.
     *
     * @throws ValidationException (field {@code reason}) when the reason is blank or too long
     */
    public Expense approveOverBudget(UUID expenseId, String reason) {
        tx.require(FinancePermissions.EXPENSES_APPROVE);
        tx.require(FinancePermissions.BUDGETS_OVERRIDE);
        Expense current = movable(expenseId, ExpenseStatus.APPROVED);
        requireNotSubmitter(current);
        return tx.withAuditReason(reason, () -> approved(current));
    }

    /**
     * Pays an approved expense on {@code paidOn}: a reimbursable one posts Dr accounts payable / Cr cash; one
     * already paid directly (not reimbursable) only changes status.
     */
    public Expense pay(UUID expenseId, LocalDate paidOn, PaymentMethod method) {
        requireNonNull(paidOn, "paidOn is null");
        requireNonNull(method, "method is null");
        tx.require(FinancePermissions.EXPENSES_PAY);
        Expense current = movable(expenseId, ExpenseStatus.PAID);
        Optional<UUID> entry = Optional.empty();
        if (current.reimbursable() && current.amount().signum() > 0) {
            ChartOfAccounts chart = new ChartOfAccounts(tx);
            entry = Optional.of(post(current, paidOn, "Payment of expense: " + current.description(), "expense_payment", "EXPP",
                    chart.accountFor(PostingPurpose.ACCOUNTS_PAYABLE), chart.accountFor(PostingPurpose.CASH)).id());
        }
        Expense paying = ImmutableExpense.copyOf(current).withPaymentMethod(method)
                .withPaidAt(paidOn.atStartOfDay(tx.clock().getZone()).toInstant()).withPaymentEntryId(entry);
        return moved(paying, ExpenseStatus.PAID, Optional.empty());
    }

    private Expense approved(Expense current) {
        Optional<UUID> entry = Optional.empty();
        if (current.amount().signum() > 0) {
            ChartOfAccounts chart = new ChartOfAccounts(tx);
            Account credit = chart.accountFor(current.reimbursable() ? PostingPurpose.ACCOUNTS_PAYABLE : PostingPurpose.CASH);
            entry = Optional.of(post(current, current.expenseDate(), "Expense: " + current.description(), "expense", "EXP",
                    expenseAccount(current, chart), credit).id());
        }
        return moved(current, ExpenseStatus.APPROVED, entry);
    }

    /** Posts Dr {@code debit} / Cr {@code credit} for the expense, at the base amount it was recorded at. */
    private JournalEntry post(Expense expense, LocalDate date, String description, String kind, String prefix, Account debit, Account credit) {
        String number = new DocumentNumbers(tx).format(kind, prefix, date.getYear());
        Optional<String> memo = Optional.of(truncated(expense.description()));
        return new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber(number).postingDate(date)
                .description(truncated(description)).referenceType(ReferenceType.EXPENSE).referenceId(expense.id())
                .projectId(expense.projectId())
                .addLines(new JournalEntryDraft.Line(debit.id(), expense.amount(), BigDecimal.ZERO, expense.currency(), Optional.empty(), memo,
                                Optional.of(expense.baseAmount()), Optional.of(BigDecimal.ZERO)),
                        new JournalEntryDraft.Line(credit.id(), BigDecimal.ZERO, expense.amount(), expense.currency(), Optional.empty(), memo,
                                Optional.of(BigDecimal.ZERO), Optional.of(expense.baseAmount())))
                .build());
    }

    private Account expenseAccount(Expense expense, ChartOfAccounts chart) {
        AccountRepository accounts = tx.repository(AccountRepository.class);
        Optional<UUID> budgetAccount = expense.budgetId().flatMap(id -> tx.repository(BudgetRepository.class).get(id).glAccountId());
        if (budgetAccount.isPresent()) {
            return accounts.get(budgetAccount.get());
        }
        return accounts.findByNumber(CATEGORY_ACCOUNTS.get(expense.category()))
                .filter(account -> account.type() == AccountType.EXPENSE && account.isActive())
                .orElseGet(() -> chart.accountFor(PostingPurpose.EXPENSE));
    }

    private void requireWithinBudget(Expense expense) {
        if (expense.budgetId().isEmpty()) {
            return;
        }
        // Approvals against one budget queue behind each other, so two cannot both take its last remaining amount.
        tx.handle().createQuery("select id from atlvs.budgets where organization_id = :organizationId and id = :id for update")
                .bind("organizationId", tx.organizationId()).bind("id", expense.budgetId().get()).mapTo(UUID.class).one();
        BudgetPosition position = new BudgetService(tx).position(expense.budgetId().get(), expense.expenseDate());
        // The expense is committed already (submitted or under review), so the position includes it.
        if (position.isOverrun()) {
            throw new ConflictException(FinanceErrorCode.BUDGET_EXCEEDED, "budgetId",
                    "the expense exceeds the budget's remaining amount; approve it over budget with a reason, or move it to another budget");
        }
    }

    private void requireNotSubmitter(Expense expense) {
        if (expense.submittedBy().filter(tx.actorId()::equals).isPresent()) {
            throw dev.atlvs.finance.FinanceRules.EXPENSES_APPROVER_NOT_SUBMITTER.exception();
        }
    }

    private Expense movable(UUID expenseId, ExpenseStatus target) {
        requireNonNull(expenseId, "expenseId is null");
        return ExpenseStatus.LIFECYCLE.require(expenses.get(expenseId), target);
    }

    private Expense moved(Expense current, ExpenseStatus target, Optional<UUID> approvalEntry) {
        ImmutableExpense next = ImmutableExpense.copyOf(current).withStatus(target);
        if (approvalEntry.isPresent()) {
            next = next.withJournalEntryId(approvalEntry);
        }
        Expense moved = expenses.update(next);
        new DomainEvents(tx).append("expense", moved.id(), FinanceEventTypes.expenseMovedTo(target), Map.of(
                "from", current.status(), "to", target, "amount", moved.amount(), "currency", moved.currency()));
        if (moved.projectId().isPresent()) {
            new BudgetService(tx).refreshProjectPlan(moved.projectId().get(), moved.category());
        }
        return moved;
    }

    /** The expense validated, with the rate and base amount of its date. */
    private Expense priced(Expense expense) {
        Validation.validate("Expense", expense);
        Currencies.require(expense.currency(), "Expense", "currency");
        Violations violations = Violations.of("Expense", FinanceErrorCode.EXPENSE_INVALID);
        if (expense.budgetId().isPresent()) {
            Budget budget = tx.repository(BudgetRepository.class).get(expense.budgetId().get());
            violations.require(budget.projectId().isEmpty() || budget.projectId().equals(expense.projectId()), dev.atlvs.finance.FinanceRules.EXPENSES_BUDGET_PROJECT)
                    .require(budget.covers(expense.expenseDate()), "expenseDate", "expenses_budget_period", "falls in the budget's period")
                    .require(budget.status() != BudgetStatus.CANCELLED && budget.status() != BudgetStatus.COMPLETED, "budgetId",
                            "expenses_budget_open", "is a budget open for spending, not completed or cancelled");
        }
        violations.throwIfAny();
        ExchangeRates rates = new ExchangeRates(tx);
        String base = rates.baseCurrency();
        BigDecimal rate = rates.rate(expense.currency(), base, expense.expenseDate());
        return ImmutableExpense.copyOf(expense).withFxRate(rate.setScale(10, java.math.RoundingMode.HALF_UP))
                .withBaseAmount(Currencies.round(expense.amount().multiply(rate), base));
    }

    private static String truncated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
