package dev.atlvs.finance.budget;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetService;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Budgets and where they stand, inside the caller's tenant transaction: creates budgets and their lines,
 * moves them through {@link BudgetStatus}, and reports budget against committed against actual spend.
 *
 * <p>Definitions (all in the budget's currency): <em>actual</em> is the approved and paid expenses counted
 * against the budget, plus the posted journal lines on the budget's GL account, for its project (overhead:
 * lines without a project), dated in its period, whose entry books no expense (an approved expense is
 * already counted through the expense); <em>committed</em> is the submitted and under-review expenses
 * counted against it (purchase orders do not exist yet, so they commit nothing). Amounts in another
 * currency are converted at the rate of their own date.
 *
 * <p>The projects module's cost view reads {@code project_budgets}, the project's plan per category. The
 * finance module is the one writer of that plan's committed and actual amounts ({@link #refreshProjectPlan},
 * called on every expense transition) and of {@code projects.budget_amount} (the sum of the project's active,
 * on-hold and completed budgets, refreshed on every budget transition). So projects keeps its own plan and
 * never depends on finance.
 *
 * <pre>{@code
 * BudgetService budgets = new BudgetService(tx);
 * Budget audio = budgets.create(Budget.builder().organizationId(tx.organizationId()).projectId(festival.id()).name("Audio")
 *         .category(BudgetCategory.EQUIPMENT).amount(new BigDecimal("85000")).currency("EUR")
 *         .periodStart(LocalDate.of(2026, 6, 1)).periodEnd(LocalDate.of(2026, 9, 30)).build());
 * budgets.activate(audio.id());
 * BudgetPosition position = budgets.position(audio.id(), LocalDate.of(2026, 7, 31));
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#BUDGETS_CREATE} to create budgets and lines, {@link FinancePermissions#BUDGETS_UPDATE} to change drafts and put on
 * hold, complete or cancel, {@link FinancePermissions#BUDGETS_APPROVE} to activate, {@link FinancePermissions#BUDGETS_READ} for positions and reports.
 */
public final class BudgetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Stands for "no record" where a query excludes one. */
    private static final UUID NO_ID = new UUID(0, 0);

    private final TenantTransaction tx;
    private final BudgetRepository budgets;

    public BudgetService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.budgets = tx.repository(BudgetRepository.class);
    }

    /**
     * Writes {@code budget} as a draft.
     *
     * @throws dev.atlvs.core.error.ValidationException when a rule is broken (a negative amount, the end before the start);
     *         ({@link FinanceErrorCode#UNKNOWN_CURRENCY}, field {@code currency}) for an unknown currency
     * @throws ScheduleConflictException ({@link FinanceErrorCode#BUDGET_PERIOD_OVERLAP}, field {@code periodStart}) when a
     *         budget of the same project and category that is not cancelled overlaps its period
     */
    public Budget create(Budget budget) {
        requireNonNull(budget, "budget is null");
        tx.require(FinancePermissions.BUDGETS_CREATE);
        Budget draft = ImmutableBudget.copyOf(budget).withOrganizationId(tx.organizationId()).withStatus(BudgetStatus.DRAFT);
        tx.validate("Budget", draft);
        Currencies.require(draft.currency(), "Budget", "currency");
        requireNoOverlap(draft, NO_ID);
        return budgets.insert(draft);
    }

    /**
     * Changes a draft, active or on-hold budget (its status changes only through the transition methods).
     *
     * @throws ConflictException ({@link FinanceErrorCode#BUDGET_TRANSITION_INVALID}, field {@code status}) for a
     *         completed or cancelled budget, or a changed status
     */
    public Budget update(Budget changed) {
        requireNonNull(changed, "changed is null");
        tx.require(FinancePermissions.BUDGETS_UPDATE);
        Budget current = budgets.get(changed.id());
        if (changed.status() != current.status() || current.status() == BudgetStatus.COMPLETED || current.status() == BudgetStatus.CANCELLED) {
            throw new ConflictException(FinanceErrorCode.BUDGET_TRANSITION_INVALID, "status",
                    "a budget changes while draft, active or on hold, and its status only through its transitions");
        }
        tx.validate("Budget", changed);
        Currencies.require(changed.currency(), "Budget", "currency");
        requireNoOverlap(changed, changed.id());
        Budget updated = budgets.update(changed);
        current.projectId().ifPresent(this::refreshProjectBudgetAmount);
        return updated;
    }

    /** Activates a draft or on-hold budget; the database records the approver on first activation. */
    public Budget activate(UUID budgetId) {
        tx.require(FinancePermissions.BUDGETS_APPROVE);
        return transition(budgetId, BudgetStatus.ACTIVE);
    }

    /** Puts an active budget on hold. */
    public Budget hold(UUID budgetId) {
        tx.require(FinancePermissions.BUDGETS_UPDATE);
        return transition(budgetId, BudgetStatus.ON_HOLD);
    }

    /** Completes an active budget. */
    public Budget complete(UUID budgetId) {
        tx.require(FinancePermissions.BUDGETS_UPDATE);
        return transition(budgetId, BudgetStatus.COMPLETED);
    }

    /** Cancels a budget that is not completed; its period is free again for another budget. */
    public Budget cancel(UUID budgetId) {
        tx.require(FinancePermissions.BUDGETS_UPDATE);
        return transition(budgetId, BudgetStatus.CANCELLED);
    }

    /**
     * Adds a line to a budget's plan.
     *
     * @throws dev.atlvs.core.error.ValidationException (rule {@code budget_lines_within_budget}, field {@code periodStart})
     *         when the line's period is not inside the budget's
     */
    public BudgetLine addLine(BudgetLine line) {
        requireNonNull(line, "line is null");
        tx.require(FinancePermissions.BUDGETS_CREATE);
        BudgetLine wanted = ImmutableBudgetLine.copyOf(line).withOrganizationId(tx.organizationId());
        tx.validate("BudgetLine", wanted);
        Budget budget = budgets.get(wanted.budgetId());
        if (!budget.covers(wanted.periodStart()) || !budget.covers(wanted.periodEnd())) {
            throw dev.atlvs.finance.FinanceRules.BUDGET_LINES_WITHIN_BUDGET.exception();
        }
        return tx.repository(BudgetLineRepository.class).insert(wanted);
    }

    /** Where budget {@code budgetId} stands on {@code asOf}. */
    public BudgetPosition position(UUID budgetId, LocalDate asOf) {
        requireNonNull(budgetId, "budgetId is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(FinancePermissions.BUDGETS_READ);
        return position(budgets.get(budgetId), asOf);
    }

    /** Budget against committed against actual of every budget of project {@code projectId} on {@code asOf}. */
    public BudgetReport report(UUID projectId, LocalDate asOf) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(FinancePermissions.BUDGETS_READ);
        return new BudgetReport(asOf, budgets.ofProject(projectId).stream()
                .filter(budget -> budget.status() != BudgetStatus.CANCELLED)
                .map(budget -> position(budget, asOf))
                .sorted(Comparator.comparing((BudgetPosition p) -> p.budget().category()).thenComparing(p -> p.budget().periodStart()))
                .toList());
    }

    /**
     * Writes the committed and actual amounts of project {@code projectId}'s current plan line for
     * {@code category} (its {@code project_budgets} row of the latest revision, if it has one) from the
     * project's expenses of that category, converted into the line's currency at each expense's date, plus the costs
     * every {@link ProjectPlanSource} on the class path counts in the category, converted at each cost's date.
     */
    public void refreshProjectPlan(UUID projectId, BudgetCategory category) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(category, "category is null");
        ProjectBudgetService plan = new ProjectBudgetService(tx);
        Optional<ProjectBudget> line = plan.currentLine(projectId, category);
        if (line.isEmpty()) {
            return;
        }
        Amounts amounts = new Amounts(tx);
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (ExpenseAmount expense : expenses("project_id = :projectId and category = :category", projectId,
                DatabaseEnum.toDatabase(category))) {
            BigDecimal amount = amounts.in(expense, line.get().currency());
            if (expense.committed()) {
                committed = committed.add(amount);
            } else if (expense.spent()) {
                actual = actual.add(amount);
            }
        }
        String currency = line.get().currency();
        for (ProjectPlanSource source : PlanSources.ALL) {
            for (ProjectPlanSource.PlannedCost cost : source.costs(tx, projectId, category)) {
                committed = committed.add(amounts.convert(cost.committed(), currency, cost.on()));
                actual = actual.add(amounts.convert(cost.actual(), currency, cost.on()));
            }
        }
        plan.recordSpend(line.get(), committed, actual);
    }

    /** The {@link ProjectPlanSource}s on the class path of this library, found once. */
    private static final class PlanSources {
        static final List<ProjectPlanSource> ALL = java.util.ServiceLoader.load(ProjectPlanSource.class,
                ProjectPlanSource.class.getClassLoader()).stream().map(java.util.ServiceLoader.Provider::get).toList();

        private PlanSources() {}
    }

    private BudgetPosition position(Budget budget, LocalDate asOf) {
        Amounts amounts = new Amounts(tx);
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (ExpenseAmount expense : expenses("budget_id = :budgetId", budget.id(), null)) {
            BigDecimal amount = amounts.in(expense, budget.currency());
            if (expense.committed()) {
                committed = committed.add(amount);
            } else if (expense.spent()) {
                actual = actual.add(amount);
            }
        }
        if (budget.glAccountId().isPresent()) {
            BigDecimal ledger = ledgerSpend(budget);
            if (ledger.signum() != 0) {
                actual = actual.add(amounts.fromBase(ledger, budget.currency(), asOf));
            }
        }
        BigDecimal remaining = budget.amount().subtract(actual).subtract(committed);
        Optional<BigDecimal> utilization = budget.amount().signum() == 0 ? Optional.empty()
                : Optional.of(actual.add(committed).multiply(HUNDRED).divide(budget.amount(), 2, RoundingMode.HALF_UP));
        LocalDate lastDay = asOf.isAfter(budget.periodEnd()) ? budget.periodEnd() : asOf;
        long elapsed = ChronoUnit.DAYS.between(budget.periodStart(), lastDay) + 1;
        BigDecimal burnRate = elapsed <= 0 ? BigDecimal.ZERO : actual.divide(BigDecimal.valueOf(elapsed), 4, RoundingMode.HALF_UP);
        Optional<LocalDate> overrun;
        if (remaining.signum() < 0) {
            overrun = Optional.of(asOf);
        } else if (burnRate.signum() > 0 && !asOf.isAfter(budget.periodEnd())) {
            long days = remaining.divide(burnRate, 0, RoundingMode.CEILING).longValueExact();
            LocalDate runsOut = lastDay.plusDays(days);
            overrun = runsOut.isAfter(budget.periodEnd()) ? Optional.empty() : Optional.of(runsOut);
        } else {
            overrun = Optional.empty();
        }
        return new BudgetPosition(budget, asOf, committed, actual, remaining, utilization, burnRate, overrun);
    }

    /** Net debits in the base currency of posted lines on the budget's account, project and period, that book no expense. */
    private BigDecimal ledgerSpend(Budget budget) {
        return tx.handle().createQuery("""
                select coalesce(sum(l.base_debit - l.base_credit), 0)
                  from atlvs.journal_lines l
                  join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                 where l.organization_id = :organizationId and e.organization_id = :organizationId
                   and l.account_id = :accountId
                   and e.status in ('posted', 'reversed') and e.reference_type <> 'expense'
                   and e.posting_date between :from and :to
                   and coalesce(l.project_id, e.project_id) is not distinct from cast(:projectId as uuid)
                """)
                .bind("organizationId", tx.organizationId())
                .bind("accountId", budget.glAccountId().orElseThrow())
                .bind("from", budget.periodStart())
                .bind("to", budget.periodEnd())
                .bind("projectId", budget.projectId().orElse(null))
                .mapTo(BigDecimal.class)
                .one();
    }

    /** An expense's amounts as the budget arithmetic needs them. */
    record ExpenseAmount(BigDecimal amount, String currency, BigDecimal baseAmount, LocalDate date, String status) {
        boolean committed() {
            return status.equals("submitted") || status.equals("under_review");
        }

        boolean spent() {
            return status.equals("approved") || status.equals("paid");
        }
    }

    private List<ExpenseAmount> expenses(String condition, UUID id, String category) {
        return tx.handle().createQuery("""
                select amount, currency, base_amount, expense_date, status from atlvs.expenses
                 where organization_id = :organizationId and status in ('submitted', 'under_review', 'approved', 'paid')
                   and\s""" + condition)
                .bind("organizationId", tx.organizationId())
                .bind("budgetId", id)
                .bind("projectId", id)
                .bind("category", category)
                .map((row, context) -> new ExpenseAmount(row.getBigDecimal("amount"), row.getString("currency").trim(),
                        row.getBigDecimal("base_amount"), row.getObject("expense_date", LocalDate.class), row.getString("status")))
                .list();
    }

    /** Converts expense and ledger amounts into a budget's currency. */
    private static final class Amounts {
        private final ExchangeRates rates;
        private final String base;

        Amounts(TenantTransaction tx) {
            this.rates = new ExchangeRates(tx);
            this.base = rates.baseCurrency();
        }

        BigDecimal in(ExpenseAmount expense, String currency) {
            if (expense.currency().equals(currency)) {
                return expense.amount();
            }
            return fromBase(expense.baseAmount(), currency, expense.date());
        }

        BigDecimal convert(Money money, String currency, LocalDate date) {
            if (money.amount().signum() == 0 || money.currency().equals(currency)) {
                return money.amount();
            }
            return rates.convert(money, currency, date).amount();
        }

        BigDecimal fromBase(BigDecimal baseAmount, String currency, LocalDate date) {
            if (base.equals(currency)) {
                return baseAmount;
            }
            return rates.convert(new Money(baseAmount, base), currency, date).amount();
        }
    }

    private Budget transition(UUID budgetId, BudgetStatus target) {
        requireNonNull(budgetId, "budgetId is null");
        Budget current = BudgetStatus.LIFECYCLE.require(budgets.get(budgetId), target);
        if (current.status() == BudgetStatus.CANCELLED) {
            requireNoOverlap(current, current.id());
        }
        Budget moved = budgets.update(ImmutableBudget.copyOf(current).withStatus(target));
        current.projectId().ifPresent(this::refreshProjectBudgetAmount);
        return moved;
    }

    private void requireNoOverlap(Budget budget, UUID self) {
        if (!budgets.overlapping(budget.projectId().orElse(null), DatabaseEnum.toDatabase(budget.category()), budget.periodStart(),
                budget.periodEnd(), self).isEmpty()) {
            throw dev.atlvs.finance.FinanceRules.BUDGETS_PERIOD_OVERLAP.exception();
        }
    }

    /**
     * Derives {@code projects.budget_amount}: the sum of the project's active, on-hold and completed budgets,
     * converted into the project's currency at each budget's start, or none without such budgets; left alone for a
     * project without a currency.
     */
    private void refreshProjectBudgetAmount(UUID projectId) {
        Project project = new ProjectService(tx).get(projectId);
        if (project.currency().isEmpty()) {
            return;
        }
        String currency = project.currency().get();
        ExchangeRates rates = new ExchangeRates(tx);
        BigDecimal total = null;
        for (Budget budget : budgets.ofProject(projectId)) {
            if (budget.status() == BudgetStatus.ACTIVE || budget.status() == BudgetStatus.ON_HOLD || budget.status() == BudgetStatus.COMPLETED) {
                BigDecimal amount = rates.convert(new Money(budget.amount(), budget.currency()), currency, budget.periodStart()).amount();
                total = total == null ? amount : total.add(amount);
            }
        }
        new ProjectBudgetService(tx).recordBudgetTotal(projectId, total);
    }

}
