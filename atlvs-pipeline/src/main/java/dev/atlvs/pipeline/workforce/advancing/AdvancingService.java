package dev.atlvs.pipeline.workforce.advancing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The production advance of a project: adding, changing and moving its items along {@link AdvancingStatus#LIFECYCLE},
 * generating a project's standard checklist, the checklist report, and rolling the items' costs into the project's
 * budget plan.
 *
 * <p><b>Budget roll-up.</b> Each advancing category rolls into one budget category of the project's plan
 * ({@link AdvancingCategory#budgetCategory()}: site infrastructure → facilities; staging, rigging → construction; power,
 * audio, lighting, video → equipment; security, medical → operations; catering → catering; accommodation, transport,
 * artist travel → travel). An item that is live (not deleted) and not cancelled counts its actual cost as
 * <em>actual</em> when it has one, else its estimated cost as <em>committed</em>; an item without costs counts nothing.
 * The finance module stays the one writer of the plan's committed and actual amounts: whenever an item's cost,
 * currency, category or status changes (or it is deleted or restored) through this service, it calls
 * {@link BudgetService#refreshProjectPlan} for the budget categories concerned, which counts the project's expenses and
 * the advancing items (through the module's {@link dev.atlvs.finance.budget.ProjectPlanSource}) in the current plan line
 * of the category, converted into the line's currency at the rate of each item's due date (today without one). A
 * category without a plan line keeps its costs in the checklist report only. When no exchange rate applies, the
 * change is refused with the finance module's {@code EXCHANGE_RATE_MISSING} and nothing is written.
 *
 * <pre>{@code
 * AdvancingService advancing = new AdvancingService(tx);
 * AdvancingItem power = advancing.add(AdvancingItem.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .category(AdvancingCategory.POWER).title("Generators, 2 x 500 kVA").vendorId(powerCo.id())
 *         .estimatedCost(new BigDecimal("18000")).currency("EUR").dueDate(LocalDate.of(2026, 8, 15)).build());
 * advancing.move(power.id(), AdvancingStatus.CONFIRMED);
 * ChecklistReport report = advancing.report(festival.id(), LocalDate.of(2026, 8, 20));
 * }</pre>
 */
public final class AdvancingService {

    private final TenantTransaction tx;

    public AdvancingService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private AdvancingItemRepository items() {
        return tx.repository(AdvancingItemRepository.class);
    }

    /** Whether an item counts in the project's budget plan: live, not cancelled, with a cost. */
    public static boolean counts(AdvancingItem item) {
        return item.deletedAt().isEmpty() && item.status() != AdvancingStatus.CANCELLED && item.currency().isPresent()
                && (item.actualCost().isPresent() || item.estimatedCost().isPresent());
    }

    /** The day whose exchange rate converts an item's costs: its due date, else {@code today}. */
    public static LocalDate rateDay(AdvancingItem item, LocalDate today) {
        return item.dueDate().orElse(today);
    }

    /**
     * Adds an item; its cost rolls into the project's plan.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@code advancing_items_cost_currency}) for a cost without a currency
     */
    public AdvancingItem add(AdvancingItem item) {
        requireNonNull(item, "item is null");
        tx.require(PipelinePermissions.ADVANCING_CREATE);
        AdvancingItem added = items().insert(ImmutableAdvancingItem.copyOf(item).withOrganizationId(tx.organizationId()));
        rollUp(added.projectId(), Set.of(added.category().budgetCategory()), counts(added));
        return added;
    }

    /**
     * Changes an item (a changed status must be a move its lifecycle allows); the plan follows a changed cost, currency,
     * category or status.
     */
    public AdvancingItem update(AdvancingItem changed) {
        requireNonNull(changed, "changed is null");
        tx.require(PipelinePermissions.ADVANCING_UPDATE);
        AdvancingItem current = items().get(changed.id());
        if (changed.status() != current.status()) {
            AdvancingStatus.LIFECYCLE.require(current, changed.status());
        }
        AdvancingItem updated = items().update(changed);
        follow(current, updated);
        return updated;
    }

    /** Moves an item to {@code target} along its lifecycle; the plan follows. */
    public AdvancingItem move(UUID itemId, AdvancingStatus target) {
        requireNonNull(target, "target is null");
        tx.require(PipelinePermissions.ADVANCING_UPDATE);
        AdvancingItem current = AdvancingStatus.LIFECYCLE.require(items().get(itemId), target);
        AdvancingItem moved = items().update(ImmutableAdvancingItem.copyOf(current).withStatus(target));
        follow(current, moved);
        return moved;
    }

    /** Records an item's actual cost (in its currency, or {@code currency} when it has none yet); the plan follows. */
    public AdvancingItem recordActualCost(UUID itemId, BigDecimal actual, String currency) {
        requireNonNull(actual, "actual is null");
        tx.require(PipelinePermissions.ADVANCING_UPDATE);
        AdvancingItem current = items().get(itemId);
        AdvancingItem changed = ImmutableAdvancingItem.copyOf(current).withActualCost(actual)
                .withCurrency(current.currency().or(() -> Optional.ofNullable(currency)));
        AdvancingItem updated = items().update(changed);
        follow(current, updated);
        return updated;
    }

    /** The item. */
    public AdvancingItem get(UUID itemId) {
        tx.require(PipelinePermissions.ADVANCING_READ);
        return items().get(itemId);
    }

    /** The live items of a project, by category then checklist order. */
    public List<AdvancingItem> ofProject(UUID projectId) {
        tx.require(PipelinePermissions.ADVANCING_READ);
        return items().ofProject(projectId);
    }

    /** Deletes an item (it can be restored); its cost leaves the plan. */
    public void delete(UUID itemId) {
        tx.require(PipelinePermissions.ADVANCING_DELETE);
        AdvancingItem item = items().get(itemId);
        items().softDelete(item);
        rollUp(item.projectId(), Set.of(item.category().budgetCategory()), counts(item));
    }

    /** Restores a deleted item; its cost counts in the plan again. */
    public AdvancingItem restore(UUID itemId) {
        tx.require(PipelinePermissions.ADVANCING_DELETE);
        AdvancingItem restored = items().restore(items().findIncludingDeleted(itemId)
                .orElseThrow(() -> NotFoundException.of("AdvancingItem", itemId)));
        rollUp(restored.projectId(), Set.of(restored.category().budgetCategory()), counts(restored));
        return restored;
    }

    /**
     * Rolls the costs of every advancing category of a project into its plan again (each budget category that advancing
     * maps to); idempotent.
     */
    public void rollUp(UUID projectId) {
        requireNonNull(projectId, "projectId is null");
        tx.require(PipelinePermissions.ADVANCING_UPDATE);
        Set<BudgetCategory> all = new LinkedHashSet<>();
        for (AdvancingCategory category : AdvancingCategory.values()) {
            all.add(category.budgetCategory());
        }
        rollUp(projectId, all, true);
    }

    /**
     * The checklist report of a project on {@code asOf}: per category with live items, the counts by status, the open
     * items due before {@code asOf}, and estimated against actual cost with the variance (see {@link CategoryReport}),
     * in the project's currency (else the organization's base currency).
     */
    public ChecklistReport report(UUID projectId, LocalDate asOf) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(PipelinePermissions.ADVANCING_READ);
        Project project = new ProjectService(tx).get(projectId);
        ExchangeRates rates = new ExchangeRates(tx);
        String currency = project.currency().orElseGet(rates::baseCurrency);
        Map<AdvancingCategory, List<AdvancingItem>> byCategory = new EnumMap<>(AdvancingCategory.class);
        for (AdvancingItem item : items().ofProject(projectId)) {
            byCategory.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item);
        }
        List<CategoryReport> categories = new ArrayList<>();
        byCategory.forEach((category, list) -> {
            Map<AdvancingStatus, Integer> counts = new EnumMap<>(AdvancingStatus.class);
            for (AdvancingStatus status : AdvancingStatus.values()) {
                counts.put(status, 0);
            }
            BigDecimal estimated = BigDecimal.ZERO;
            BigDecimal actual = BigDecimal.ZERO;
            BigDecimal settled = BigDecimal.ZERO;
            List<AdvancingItem> overdue = new ArrayList<>();
            for (AdvancingItem item : list) {
                counts.merge(item.status(), 1, Integer::sum);
                if (item.status().open() && item.dueDate().filter(d -> d.isBefore(asOf)).isPresent()) {
                    overdue.add(item);
                }
                if (item.status() == AdvancingStatus.CANCELLED || item.currency().isEmpty()) {
                    continue;
                }
                LocalDate day = rateDay(item, asOf);
                BigDecimal itemEstimate = item.estimatedCost().map(a -> in(rates, a, item.currency().get(), currency, day)).orElse(BigDecimal.ZERO);
                estimated = estimated.add(itemEstimate);
                if (item.actualCost().isPresent()) {
                    actual = actual.add(in(rates, item.actualCost().get(), item.currency().get(), currency, day));
                    settled = settled.add(itemEstimate);
                }
            }
            overdue.sort(Comparator.comparing((AdvancingItem i) -> i.dueDate().orElseThrow()).thenComparing(AdvancingItem::title));
            categories.add(new CategoryReport(category, counts, overdue, estimated, actual, settled, actual.subtract(settled)));
        });
        return new ChecklistReport(projectId, asOf, currency, categories);
    }

    /**
     * Adds a project's standard advance checklist: for each of the thirteen categories its usual items, pending, owned
     * by {@code ownerId} when given, due a number of days before the project's start (none without a start date). An item
     * whose category and title the project already has is left out, so generating twice adds nothing.
     */
    public List<AdvancingItem> generateStandard(UUID projectId, Optional<UUID> ownerId) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(ownerId, "ownerId is null");
        tx.require(PipelinePermissions.ADVANCING_CREATE);
        Project project = new ProjectService(tx).get(projectId);
        Set<String> existing = new HashSet<>();
        items().ofProject(projectId).forEach(i -> existing.add(i.category() + "/" + i.title()));
        List<AdvancingItem> added = new ArrayList<>();
        int order = 0;
        for (StandardItem standard : StandardItem.ALL) {
            order += 10;
            if (existing.contains(standard.category() + "/" + standard.title())) {
                continue;
            }
            added.add(items().insert(AdvancingItem.builder().organizationId(tx.organizationId()).projectId(projectId)
                    .category(standard.category()).title(standard.title()).description(standard.description())
                    .priority(standard.priority()).ownerId(ownerId).sortOrder(order)
                    .dueDate(project.startDate().map(d -> d.minusDays(standard.daysBefore()))).build()));
        }
        return added;
    }

    /** One item of the standard checklist. */
    private record StandardItem(AdvancingCategory category, String title, String description, Priority priority, int daysBefore) {
        static final List<StandardItem> ALL = List.of(
                new StandardItem(AdvancingCategory.SITE_INFRASTRUCTURE, "Site plan and access routes", "Site plan signed off with the venue, load-in and emergency routes", Priority.HIGH, 60),
                new StandardItem(AdvancingCategory.SITE_INFRASTRUCTURE, "Toilets, water and waste", "Welfare units, water points and waste removal booked", Priority.MEDIUM, 30),
                new StandardItem(AdvancingCategory.POWER, "Generators and distribution", "Generator sizes, fuel plan and distribution for every area", Priority.HIGH, 45),
                new StandardItem(AdvancingCategory.STAGING, "Stage and barriers", "Stage, front-of-house riser and crowd barriers", Priority.HIGH, 45),
                new StandardItem(AdvancingCategory.AUDIO, "PA and monitors", "PA system, monitors and desks to the headliners' riders", Priority.HIGH, 30),
                new StandardItem(AdvancingCategory.LIGHTING, "Lighting rig", "Lighting plot, fixtures and control", Priority.MEDIUM, 30),
                new StandardItem(AdvancingCategory.VIDEO, "Screens and playback", "LED screens, cameras and playback", Priority.MEDIUM, 30),
                new StandardItem(AdvancingCategory.RIGGING, "Rigging plot and load calculations", "Rigging points, motors and signed-off load calculations", Priority.CRITICAL, 30),
                new StandardItem(AdvancingCategory.SECURITY, "Security plan and staffing", "Security company, staffing levels and search policy", Priority.CRITICAL, 30),
                new StandardItem(AdvancingCategory.MEDICAL, "Medical cover", "Medical provider, first-aid points and ambulance access", Priority.CRITICAL, 30),
                new StandardItem(AdvancingCategory.CATERING, "Crew and artist catering", "Crew meals, artist hospitality and dietary requirements", Priority.MEDIUM, 21),
                new StandardItem(AdvancingCategory.ACCOMMODATION, "Crew and artist hotels", "Room blocks for crew and artists", Priority.MEDIUM, 30),
                new StandardItem(AdvancingCategory.TRANSPORT, "Shuttles and production vehicles", "Shuttles, runners and production vehicles", Priority.MEDIUM, 14),
                new StandardItem(AdvancingCategory.ARTIST_TRAVEL, "Artist flights and ground transport", "Flights, transfers and visas of the performing artists", Priority.HIGH, 30));
    }

    private static BigDecimal in(ExchangeRates rates, BigDecimal amount, String from, String to, LocalDate day) {
        return from.equals(to) ? amount : rates.convert(new Money(amount, from), to, day).amount();
    }

    /** Rolls the plan of the budget categories an item left or entered when what it counts changed. */
    private void follow(AdvancingItem before, AdvancingItem after) {
        boolean changed = counts(before) != counts(after) || before.status() != after.status()
                || !before.estimatedCost().equals(after.estimatedCost()) || !before.actualCost().equals(after.actualCost())
                || !before.currency().equals(after.currency()) || before.category() != after.category()
                || !before.dueDate().equals(after.dueDate());
        if (!changed || (!counts(before) && !counts(after))) {
            return;
        }
        Set<BudgetCategory> categories = new LinkedHashSet<>();
        categories.add(before.category().budgetCategory());
        categories.add(after.category().budgetCategory());
        rollUp(after.projectId(), categories, true);
    }

    private void rollUp(UUID projectId, Set<BudgetCategory> categories, boolean needed) {
        if (!needed) {
            return;
        }
        BudgetService budgets = new BudgetService(tx);
        categories.forEach(category -> budgets.refreshProjectPlan(projectId, category));
    }
}
