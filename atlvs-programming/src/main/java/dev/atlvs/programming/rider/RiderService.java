package dev.atlvs.programming.rider;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Riders and their items: writing them, moving them along {@link RiderStatus#LIFECYCLE} (submit, review, approve,
 * reject, recall, reopen, cancel, fulfil), fulfilling items, the fulfilment progress, and rolling approved costs into the
 * project's budget.
 *
 * <p>The rules are held by the database whatever code writes the rows and repeated here first with the same identity:
 * the approver is never the submitter ({@code riders_approver_not_submitter}), a rider is fulfilled only when every
 * mandatory item is ({@code riders_fulfilled_items}), a fulfilled rider's items stay fulfilled and it takes no open
 * mandatory item ({@code rider_items_rider_fulfilled}), the deadline falls before the event's setup
 * ({@code riders_deadline_before_setup}), the rider belongs to its event's project ({@code riders_project_of_event}) and
 * an item's cost is in its rider's currency ({@code rider_items_currency_of_rider}).
 *
 * <p><b>Budget roll-up.</b> An approved or fulfilled rider counts its approved cost (the sum of its items' costs, or its
 * budget estimate when no item has a cost) in the project's budget of its kind's category ({@link RiderKind#budgetCategory()}:
 * hospitality and catering into {@code catering}, technical and stage plot into {@code equipment}, transportation and
 * accommodation into {@code travel}, security into {@code operations}). The budget is the project's budget of that
 * category covering the event's day, or, without one, a new draft budget "Riders - &lt;category&gt;" of amount zero over
 * the project's dates (the event's day where another budget of the category overlaps them). In that budget the riders
 * keep one line, "Approved riders", whose planned amount is the sum of what the riders rolled into the budget; each
 * change writes the line's next revision through {@link BudgetService#addLine}. The rider records its budget, the line
 * revision and its {@linkplain Rider#rolledUpAmount() rolled-up amount}, so the roll-up is a synchronisation, not an
 * increment: repeating it, approving after a reopening or changing an item never counts a cost twice, and a rider that
 * leaves the approved states (deleted) counts zero. Only the finance module's public services are used; the caller
 * needs {@code finance.budgets.read} and {@code finance.budgets.create} besides the rider permission.
 *
 * <pre>{@code
 * RiderService riders = new RiderService(tx);
 * Rider rider = riders.create(Rider.builder().organizationId(tx.organizationId()).eventId(set.id()).projectId(set.projectId())
 *         .title("Headliner - technical rider").kind(RiderKind.TECHNICAL).currency("EUR").build());
 * riders.addItem(RiderItem.builder().organizationId(tx.organizationId()).riderId(rider.id()).category("Monitors")
 *         .item("Wedge monitors").quantity(8).cost(new BigDecimal("1200")).currency("EUR").build());
 * riders.submit(rider.id());
 * // another user, holding programming.riders.approve:
 * riders.approve(rider.id(), Optional.of("Within the production budget"));
 * }</pre>
 */
public final class RiderService {

    /** The description of the riders' line in a budget. */
    public static final String BUDGET_LINE_DESCRIPTION = "Approved riders";

    private final TenantTransaction tx;

    public RiderService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private RiderRepository riders() {
        return tx.repository(RiderRepository.class);
    }

    private RiderItemRepository items() {
        return tx.repository(RiderItemRepository.class);
    }

    /**
     * Adds a rider as a draft.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@code riders_project_of_event}, {@code riders_deadline_before_setup})
     */
    public Rider create(Rider rider) {
        requireNonNull(rider, "rider is null");
        tx.require(ProgrammingPermissions.RIDERS_CREATE);
        Rider draft = ImmutableRider.copyOf(rider).withOrganizationId(tx.organizationId()).withStatus(RiderStatus.DRAFT);
        tx.validate("Rider", draft);
        requireEventRules(draft);
        return riders().insert(draft);
    }

    /**
     * Changes a rider's details; an approved rider's roll-up follows its estimate.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code riders_status_transition}) for a changed status: the status
     *         moves only through the transition methods
     */
    public Rider update(Rider changed) {
        requireNonNull(changed, "changed is null");
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        Rider current = riders().get(changed.id());
        if (changed.status() != current.status()) {
            throw ProgrammingRules.RIDERS_STATUS_TRANSITION.exception();
        }
        tx.validate("Rider", changed);
        requireEventRules(changed);
        Rider updated = riders().update(changed);
        return updated.status().approved() ? syncCost(updated.id()) : updated;
    }

    /** The rider. */
    public Rider get(UUID riderId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return riders().get(riderId);
    }

    /** The live riders of an event, by title. */
    public List<Rider> ofEvent(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return riders().ofEvent(eventId);
    }

    /** The items of a rider, by category then item. */
    public List<RiderItem> items(UUID riderId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return items().ofRider(riderId);
    }

    /** Submits a draft for approval; the database records the submitter. */
    public Rider submit(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        return move(riderId, RiderStatus.SUBMITTED);
    }

    /** Recalls a submitted rider to draft (the submission is cleared). */
    public Rider recall(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        return move(riderId, RiderStatus.DRAFT);
    }

    /** Reopens a rejected rider as a draft. */
    public Rider reopen(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        return move(riderId, RiderStatus.DRAFT);
    }

    /** Cancels a draft. */
    public Rider cancel(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        return move(riderId, RiderStatus.CANCELLED);
    }

    /** Takes a submitted rider under review. */
    public Rider review(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_APPROVE);
        return move(riderId, RiderStatus.UNDER_REVIEW);
    }

    /**
     * Approves a submitted or reviewed rider with optional notes; the database records the approver. Its approved cost
     * then rolls into the project's budget (see the class description).
     *
     * @throws dev.atlvs.core.error.AccessDeniedException ({@code riders_approver_not_submitter}) for the submitter
     */
    public Rider approve(UUID riderId, Optional<String> notes) {
        tx.require(ProgrammingPermissions.RIDERS_APPROVE);
        Rider rider = RiderStatus.LIFECYCLE.require(riders().get(riderId), RiderStatus.APPROVED);
        if (rider.submittedBy().filter(tx.actorId()::equals).isPresent()) {
            throw ProgrammingRules.RIDERS_APPROVER_NOT_SUBMITTER.exception();
        }
        riders().update(ImmutableRider.copyOf(rider).withStatus(RiderStatus.APPROVED)
                .withApprovalNotes(notes.or(rider::approvalNotes)));
        return syncCost(riderId);
    }

    /** Rejects a submitted or reviewed rider with optional notes. */
    public Rider reject(UUID riderId, Optional<String> notes) {
        tx.require(ProgrammingPermissions.RIDERS_APPROVE);
        Rider rider = RiderStatus.LIFECYCLE.require(riders().get(riderId), RiderStatus.REJECTED);
        return riders().update(ImmutableRider.copyOf(rider).withStatus(RiderStatus.REJECTED)
                .withApprovalNotes(notes.or(rider::approvalNotes)));
    }

    /**
     * Fulfils an approved rider with optional notes.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code riders_fulfilled_items}) while a mandatory item is open
     */
    public Rider fulfil(UUID riderId, Optional<String> notes) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        Rider rider = RiderStatus.LIFECYCLE.require(riders().get(riderId), RiderStatus.FULFILLED);
        if (!progress(rider).fulfillable()) {
            throw ProgrammingRules.RIDERS_FULFILLED_ITEMS.exception();
        }
        return riders().update(ImmutableRider.copyOf(rider).withStatus(RiderStatus.FULFILLED)
                .withFulfillmentNotes(notes.or(rider::fulfillmentNotes)));
    }

    /**
     * Adds an item to a rider; an approved rider's roll-up follows its new cost.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@code rider_items_currency_of_rider})
     * @throws dev.atlvs.core.error.ConflictException ({@code rider_items_rider_fulfilled}) for an open mandatory item of a
     *         fulfilled rider
     */
    public RiderItem addItem(RiderItem item) {
        requireNonNull(item, "item is null");
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        RiderItem wanted = ImmutableRiderItem.copyOf(item).withOrganizationId(tx.organizationId());
        tx.validate("RiderItem", wanted);
        Rider rider = riders().get(wanted.riderId());
        requireItemRules(rider, Optional.empty(), wanted);
        RiderItem added = items().insert(wanted);
        followCost(rider);
        return added;
    }

    /**
     * Changes an item; an approved rider's roll-up follows its new cost.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code rider_items_rider_fulfilled}) when a fulfilled rider's item
     *         would be un-fulfilled or become an open mandatory item
     */
    public RiderItem updateItem(RiderItem changed) {
        requireNonNull(changed, "changed is null");
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        tx.validate("RiderItem", changed);
        RiderItem current = items().get(changed.id());
        Rider rider = riders().get(current.riderId());
        requireItemRules(rider, Optional.of(current), changed);
        RiderItem updated = items().update(changed);
        followCost(rider);
        return updated;
    }

    /** Marks an item fulfilled (the database stamps when). */
    public RiderItem fulfilItem(UUID itemId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        RiderItem item = items().get(itemId);
        if (item.fulfilled()) {
            return item;
        }
        return items().update(ImmutableRiderItem.copyOf(item).withFulfilled(true));
    }

    /** Marks items fulfilled, in the order given. */
    public List<RiderItem> fulfilItems(Collection<UUID> itemIds) {
        requireNonNull(itemIds, "itemIds is null");
        return itemIds.stream().map(this::fulfilItem).toList();
    }

    /**
     * Marks a fulfilled item open again.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code rider_items_rider_fulfilled}) when its rider is fulfilled
     */
    public RiderItem reopenItem(UUID itemId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        RiderItem item = items().get(itemId);
        return updateItem(ImmutableRiderItem.copyOf(item).withFulfilled(false));
    }

    /** How far the rider's fulfilment has come: mandatory and all items fulfilled, and the cost of those so far. */
    public RiderProgress progress(UUID riderId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return progress(riders().get(riderId));
    }

    /** Deletes a rider (it can be restored); what it rolled into the budget is taken out first. */
    public void delete(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_DELETE);
        Rider rider = riders().get(riderId);
        if (rider.rolledUpAmount().signum() != 0) {
            rider = sync(rider, BigDecimal.ZERO);
        }
        riders().softDelete(rider);
    }

    /** Restores a deleted rider; an approved one counts in its budget again. */
    public Rider restore(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_DELETE);
        Rider restored = riders().restore(riders().findIncludingDeleted(riderId)
                .orElseThrow(() -> NotFoundException.of("Rider", riderId)));
        return restored.status().approved() ? syncCost(riderId) : restored;
    }

    /**
     * Brings what the rider counts in the project's budget in line with its approved cost (zero unless approved or
     * fulfilled), writing the next revision of the riders' budget line only when that changes. Idempotent.
     */
    public Rider rollUp(UUID riderId) {
        tx.require(ProgrammingPermissions.RIDERS_UPDATE);
        return syncCost(riderId);
    }

    private Rider syncCost(UUID riderId) {
        Rider rider = riders().get(riderId);
        return sync(rider, rider.status().approved() ? approvedCost(rider) : BigDecimal.ZERO);
    }

    /** The approved cost of a rider: its items' costs, or its estimate when no item has a cost. */
    public BigDecimal approvedCost(UUID riderId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return approvedCost(riders().get(riderId));
    }

    private BigDecimal approvedCost(Rider rider) {
        List<RiderItem> lines = items().ofRider(rider.id());
        if (lines.stream().anyMatch(i -> i.cost().isPresent())) {
            return lines.stream().map(i -> i.cost().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return rider.budgetEstimate().orElse(BigDecimal.ZERO);
    }

    private Rider sync(Rider rider, BigDecimal target) {
        if (target.compareTo(rider.rolledUpAmount()) == 0) {
            return rider;
        }
        BudgetService budgets = new BudgetService(tx);
        Budget budget = rider.budgetId().map(id -> budgetOf(budgets, rider, id)).orElseGet(() -> budgetFor(budgets, rider));
        int revision = riders().lastRevisionIn(budget.id()) + 1;
        Rider counted = riders().update(ImmutableRider.copyOf(rider).withBudgetId(budget.id()).withRolledUpAmount(target));
        BigDecimal planned = BigDecimal.ZERO;
        ExchangeRates rates = null;
        for (Rider other : riders().rolledUpIn(budget.id())) {
            BigDecimal amount = other.rolledUpAmount();
            if (!other.currency().equals(budget.currency())) {
                rates = rates == null ? new ExchangeRates(tx) : rates;
                amount = rates.convert(new Money(amount, other.currency()), budget.currency(), budget.periodStart()).amount();
            }
            planned = planned.add(amount);
        }
        BudgetLine line = budgets.addLine(BudgetLine.builder().organizationId(tx.organizationId()).budgetId(budget.id())
                .category(budget.category()).description(BUDGET_LINE_DESCRIPTION).plannedAmount(planned)
                .periodStart(budget.periodStart()).periodEnd(budget.periodEnd()).revision(revision).build());
        return riders().update(ImmutableRider.copyOf(counted).withBudgetLineId(line.id()).withBudgetLineRevision(revision));
    }

    /** The budget a rider rolled into before, found through the project's budget report. */
    private Budget budgetOf(BudgetService budgets, Rider rider, UUID budgetId) {
        return budgets.report(rider.projectId(), eventDay(rider)).positions().stream().map(BudgetPosition::budget)
                .filter(b -> b.id().equals(budgetId)).findFirst()
                .orElseGet(() -> budgetFor(budgets, rider));
    }

    /** The project's budget of the rider's category covering the event's day, or a new draft one. */
    private Budget budgetFor(BudgetService budgets, Rider rider) {
        LocalDate day = eventDay(rider);
        BudgetCategory category = rider.kind().budgetCategory();
        List<Budget> ofCategory = budgets.report(rider.projectId(), day).positions().stream().map(BudgetPosition::budget)
                .filter(b -> b.category() == category && b.status() != BudgetStatus.CANCELLED && b.status() != BudgetStatus.COMPLETED)
                .toList();
        Optional<Budget> covering = ofCategory.stream().filter(b -> b.covers(day)).findFirst();
        if (covering.isPresent()) {
            return covering.get();
        }
        Project project = new ProjectService(tx).get(rider.projectId());
        LocalDate from = project.startDate().filter(d -> !d.isAfter(day)).orElse(day);
        LocalDate to = project.endDate().filter(d -> !d.isBefore(day)).orElse(day);
        LocalDate start = from;
        LocalDate end = to;
        if (ofCategory.stream().anyMatch(b -> !b.periodEnd().isBefore(start) && !b.periodStart().isAfter(end))) {
            from = day;
            to = day;
        }
        return budgets.create(Budget.builder().organizationId(tx.organizationId()).projectId(rider.projectId())
                .name("Riders - " + category.name().toLowerCase(Locale.ROOT)).category(category).amount(BigDecimal.ZERO)
                .currency(rider.currency()).periodStart(from).periodEnd(to).build());
    }

    private LocalDate eventDay(Rider rider) {
        Event event = tx.repository(EventRepository.class).get(rider.eventId());
        return LocalDate.ofInstant(event.startAt(), event.zone());
    }

    private Rider move(UUID riderId, RiderStatus target) {
        Rider rider = RiderStatus.LIFECYCLE.require(riders().get(riderId), target);
        return riders().update(ImmutableRider.copyOf(rider).withStatus(target));
    }

    private void followCost(Rider rider) {
        if (rider.status().approved()) {
            syncCost(rider.id());
        }
    }

    private RiderProgress progress(Rider rider) {
        List<RiderItem> lines = items().ofRider(rider.id());
        int mandatory = 0;
        int mandatoryDone = 0;
        int done = 0;
        BigDecimal soFar = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (RiderItem item : lines) {
            BigDecimal cost = item.cost().orElse(BigDecimal.ZERO);
            total = total.add(cost);
            if (item.isMandatory()) {
                mandatory++;
            }
            if (item.fulfilled()) {
                done++;
                soFar = soFar.add(cost);
                if (item.isMandatory()) {
                    mandatoryDone++;
                }
            }
        }
        return new RiderProgress(rider.id(), mandatoryDone, mandatory, done, lines.size(), soFar, total, rider.currency());
    }

    private void requireEventRules(Rider rider) {
        Optional<Event> event = tx.repository(EventRepository.class).find(rider.eventId());
        if (event.isEmpty()) {
            return;
        }
        if (!event.get().projectId().equals(rider.projectId())) {
            throw ProgrammingRules.RIDERS_PROJECT_OF_EVENT.exception();
        }
        if (rider.deadline().filter(d -> !d.isBefore(event.get().occupiedFrom())).isPresent()) {
            throw ProgrammingRules.RIDERS_DEADLINE_BEFORE_SETUP.exception();
        }
    }

    private void requireItemRules(Rider rider, Optional<RiderItem> current, RiderItem item) {
        if ((item.cost().isPresent() || item.currency().isPresent()) && !item.currency().equals(Optional.of(rider.currency()))) {
            throw ProgrammingRules.RIDER_ITEMS_CURRENCY_OF_RIDER.exception();
        }
        boolean opens = current.map(c -> c.fulfilled() && !item.fulfilled()).orElse(false)
                || (item.isMandatory() && !item.fulfilled() && current.map(c -> !c.isMandatory()).orElse(true));
        if (opens && rider.status() == RiderStatus.FULFILLED) {
            throw ProgrammingRules.RIDER_ITEMS_RIDER_FULFILLED.exception();
        }
    }
}
