package dev.atlvs.pipeline.sales.deal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.automation.PipelineAutomations;
import dev.atlvs.pipeline.sales.pipeline.Pipeline;
import dev.atlvs.pipeline.sales.pipeline.PipelineRepository;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineStageRepository;
import dev.atlvs.pipeline.sales.pipeline.PipelineStatus;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Deals: opening and changing them, moving them between stages (optionally dated earlier than now), holding and
 * resuming, losing with a reason, and winning, which creates the deal's project once. Every move and every change of
 * value goes through one place, {@code afterChange}, which publishes the deal's domain events.
 *
 * <p>The database holds the rules whatever code writes the rows: the status follows the stage
 * ({@code pipeline_opportunities_status_of_stage}), a won or lost deal moves no further
 * ({@code pipeline_opportunities_status_transition}), a lost deal has a reason ({@code pipeline_opportunities_lost_reason}),
 * a move is dated neither in the future nor before the previous one ({@code pipeline_opportunities_stage_entered_at}),
 * and each move appends a conversion fact and a stage-change activity. This service checks the same rules first and
 * throws the same registered identities.
 *
 * <p>Winning ({@link #win(UUID)}) locks the deal's row first, so that of two transactions winning one deal the second
 * sees the first's project: a deal gets exactly one project, at every isolation level. The project is created through
 * {@link ProjectService#create} (client company, the deal's value as its budget amount and currency, the show's dates,
 * a code derived from the title) and gets a seed budget through {@link BudgetService} (see {@link SeedBudget}).
 *
 * <pre>{@code
 * DealService deals = new DealService(tx);
 * Deal deal = deals.create(Deal.builder().organizationId(tx.organizationId()).pipelineId(festivals.pipeline().id())
 *         .stageId(festivals.stage("Lead").id()).title("Harbour Lights Festival 2027").companyId(client.id())
 *         .value(new BigDecimal("480000")).currency("EUR").startsOn(LocalDate.of(2027, 7, 9))
 *         .endsOn(LocalDate.of(2027, 7, 11)).build());
 * deals.moveTo(deal.id(), festivals.stage("Proposal").id());
 * WonDeal won = deals.win(deal.id());          // the project, with its seed budget
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#DEALS_CREATE}, {@link PipelinePermissions#DEALS_UPDATE} (moves, holding,
 * winning, losing), {@link PipelinePermissions#DEALS_DELETE}, {@link PipelinePermissions#DEALS_READ}; winning also
 * needs what {@link ProjectService#create} and {@link BudgetService#create} require.
 */
public final class DealService {

    private final TenantTransaction tx;
    private final SeedBudget seedBudget;

    /** A service whose wins seed projects with {@link SeedBudget#DEFAULT}. */
    public DealService(TenantTransaction tx) {
        this(tx, SeedBudget.DEFAULT);
    }

    /** A service whose wins seed projects with {@code seedBudget}. */
    public DealService(TenantTransaction tx, SeedBudget seedBudget) {
        this.tx = requireNonNull(tx, "tx is null");
        this.seedBudget = requireNonNull(seedBudget, "seedBudget is null");
    }

    private DealRepository deals() {
        return tx.repository(DealRepository.class);
    }

    private PipelineStageRepository stages() {
        return tx.repository(PipelineStageRepository.class);
    }

    /**
     * Opens {@code deal} in an open stage of its pipeline. A value without a currency takes the pipeline's currency.
     *
     * @throws ConflictException ({@link PipelineErrorCode#PIPELINE_ARCHIVED}) when the pipeline is archived or deleted
     * @throws ValidationException ({@link PipelineErrorCode#STAGE_OF_ANOTHER_PIPELINE}, field {@code stageId}) for a
     *         stage of another pipeline
     * @throws ConflictException (rule {@code pipeline_opportunities_status_of_stage}) for the won or lost stage: win or
     *         lose an open deal instead
     */
    public Deal create(Deal deal) {
        requireNonNull(deal, "deal is null");
        tx.require(PipelinePermissions.DEALS_CREATE);
        Pipeline pipeline = livePipeline(deal.pipelineId());
        PipelineStage stage = stageOf(deal.pipelineId(), deal.stageId());
        if (!stage.isOpen() || deal.status() != DealStatus.ACTIVE) {
            throw PipelineRules.PIPELINE_OPPORTUNITIES_STATUS_OF_STAGE.exception();
        }
        ImmutableDeal wanted = ImmutableDeal.copyOf(deal).withOrganizationId(tx.organizationId());
        if (wanted.value().isPresent() && wanted.currency().isEmpty() && pipeline.currency().isPresent()) {
            wanted = wanted.withCurrency(pipeline.currency());
        }
        requireMoveDate(wanted.stageEnteredAt(), Optional.empty());
        Deal created = deals().insert(wanted);
        afterChange(null, created);
        return created;
    }

    /**
     * Changes a deal's details (title, description, company, owner, value, currency, probability override, dates,
     * source, tags, custom fields). Its pipeline, stage, status and project change only through the moves of this service,
     * so they are kept as they are.
     */
    public Deal update(Deal changed) {
        requireNonNull(changed, "changed is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Deal current = deals().get(changed.id());
        Deal wanted = ImmutableDeal.builder().from(changed).pipelineId(current.pipelineId()).stageId(current.stageId())
                .status(current.status()).projectId(current.projectId()).stageEnteredAt(current.stageEnteredAt())
                .lostReason(current.status() == DealStatus.LOST ? current.lostReason() : changed.lostReason()).build();
        Deal updated = deals().update(wanted);
        afterChange(current, updated);
        return updated;
    }

    /** Moves deal {@code dealId} to stage {@code stageId} now; see {@link #moveTo(UUID, UUID, Instant)}. */
    public Deal moveTo(UUID dealId, UUID stageId) {
        return move(dealId, stageId, Optional.empty());
    }

    /**
     * Moves deal {@code dealId} to the open stage {@code stageId} (of its pipeline, or of another pipeline, which the deal
     * then joins), dated {@code enteredAt}: a move logged late, neither in the future nor before the deal's previous
     * move. The database appends the move's conversion fact and stage-change activity. Winning and losing have their own
     * operations ({@link #win}, {@link #lose}).
     *
     * @throws ConflictException ({@link PipelineErrorCode#DEAL_TRANSITION_INVALID}) for a won or lost deal
     * @throws ValidationException (rule {@code pipeline_opportunities_stage_entered_at}) for a date in the future or
     *         before the previous move
     */
    public Deal moveTo(UUID dealId, UUID stageId, Instant enteredAt) {
        return move(dealId, stageId, Optional.of(requireNonNull(enteredAt, "enteredAt is null")));
    }

    private Deal move(UUID dealId, UUID stageId, Optional<Instant> enteredAt) {
        requireNonNull(dealId, "dealId is null");
        requireNonNull(stageId, "stageId is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Deal deal = locked(dealId);
        PipelineStage stage = stages().get(stageId);
        if (stage.isWon()) {
            return win(dealId, enteredAt).deal();
        }
        if (stage.isLost()) {
            throw PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON.exception();
        }
        if (!deal.status().open()) {
            DealStatus.LIFECYCLE.require(deal, DealStatus.ACTIVE);
        }
        if (stage.id().equals(deal.stageId())) {
            return deal;
        }
        livePipeline(stage.pipelineId());
        requireMoveDate(enteredAt, deal.stageEnteredAt());
        return write(deal, ImmutableDeal.copyOf(deal).withPipelineId(stage.pipelineId()).withStageId(stage.id())
                .withStageEnteredAt(enteredAt.or(deal::stageEnteredAt)));
    }

    /** Puts an active deal on hold; it stays in its stage. */
    public Deal hold(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Deal deal = DealStatus.LIFECYCLE.require(locked(dealId), DealStatus.ON_HOLD);
        return write(deal, ImmutableDeal.copyOf(deal).withStatus(DealStatus.ON_HOLD));
    }

    /** Resumes a deal on hold. */
    public Deal resume(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Deal deal = DealStatus.LIFECYCLE.require(locked(dealId), DealStatus.ACTIVE);
        return write(deal, ImmutableDeal.copyOf(deal).withStatus(DealStatus.ACTIVE));
    }

    /** Loses deal {@code dealId} now, for {@code reason}; see {@link #lose(UUID, String, Instant)}. */
    public Deal lose(UUID dealId, String reason) {
        return lose(dealId, reason, Optional.empty());
    }

    /**
     * Loses an open deal for {@code reason}, dated {@code lostAt}: it moves to its pipeline's lost stage (probability 0).
     *
     * @throws ValidationException ({@link PipelineErrorCode#DEAL_LOST_REASON_REQUIRED}, rule
     *         {@code pipeline_opportunities_lost_reason}, field {@code lostReason}) without a reason; nothing is written
     * @throws ConflictException ({@link PipelineErrorCode#DEAL_TRANSITION_INVALID}) for a deal won or lost already
     */
    public Deal lose(UUID dealId, String reason, Instant lostAt) {
        return lose(dealId, reason, Optional.of(requireNonNull(lostAt, "lostAt is null")));
    }

    private Deal lose(UUID dealId, String reason, Optional<Instant> lostAt) {
        requireNonNull(dealId, "dealId is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        if (reason == null || reason.isBlank()) {
            throw PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON.exception();
        }
        Deal deal = DealStatus.LIFECYCLE.require(locked(dealId), DealStatus.LOST);
        PipelineStage lost = stages().ofPipeline(deal.pipelineId()).stream().filter(PipelineStage::isLost).findFirst()
                .orElseThrow(PipelineRules.PIPELINE_STAGES_WON_AND_LOST::exception);
        requireMoveDate(lostAt, deal.stageEnteredAt());
        return write(deal, ImmutableDeal.builder().from(deal).stageId(lost.id()).status(DealStatus.LOST).lostReason(reason.strip())
                .stageEnteredAt(lostAt.or(deal::stageEnteredAt)).actualCloseDate(lostAt.map(DealService::day)).build());
    }

    /** Wins deal {@code dealId} now; see {@link #win(UUID, Instant)}. */
    public WonDeal win(UUID dealId) {
        return win(dealId, Optional.empty());
    }

    /**
     * Wins deal {@code dealId}, dated {@code wonAt}: it moves to its pipeline's won stage (probability 100, closed on the
     * day), and becomes a project, once. The deal's row is locked first: of two transactions winning one deal, the second
     * finds it won and linked and creates nothing. A deal won already returns its project; one won without a project (by
     * another host) gets its project now.
     *
     * @throws ConflictException ({@link PipelineErrorCode#DEAL_TRANSITION_INVALID}) for a lost deal
     */
    public WonDeal win(UUID dealId, Instant wonAt) {
        return win(dealId, Optional.of(requireNonNull(wonAt, "wonAt is null")));
    }

    private WonDeal win(UUID dealId, Optional<Instant> wonAt) {
        requireNonNull(dealId, "dealId is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Deal deal = locked(dealId);
        if (deal.status() != DealStatus.WON) {
            DealStatus.LIFECYCLE.require(deal, DealStatus.WON);
            PipelineStage won = stages().ofPipeline(deal.pipelineId()).stream().filter(PipelineStage::isWon).findFirst()
                    .orElseThrow(PipelineRules.PIPELINE_STAGES_WON_AND_LOST::exception);
            requireMoveDate(wonAt, deal.stageEnteredAt());
            deal = write(deal, ImmutableDeal.copyOf(deal).withStageId(won.id()).withStatus(DealStatus.WON)
                    .withStageEnteredAt(wonAt.or(deal::stageEnteredAt)).withActualCloseDate(wonAt.map(DealService::day)));
        }
        if (deal.projectId().isPresent()) {
            return new WonDeal(deal, deal.projectId().get(), Optional.empty(), false);
        }
        Project project = new ProjectService(tx).create(projectOf(deal));
        Optional<UUID> budget = seed(deal, project);
        Deal linked = deals().update(ImmutableDeal.copyOf(deal).withProjectId(project.id()));
        new DomainEvents(tx).append("deal", linked.id(), "deal.project_created",
                Map.of("projectId", project.id().toString(), "code", project.code()));
        return new WonDeal(linked, project.id(), budget, true);
    }

    /** Deletes a deal (it can be restored). */
    public void delete(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_DELETE);
        deals().softDelete(deals().get(dealId));
    }

    /** Restores a deleted deal. */
    public Deal restore(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_DELETE);
        return deals().restore(deals().findIncludingDeleted(dealId).orElseThrow(() -> NotFoundException.of("Deal", dealId)));
    }

    /** The deal. */
    public Deal get(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return deals().get(dealId);
    }

    /** The live deals of a pipeline, by stage entry. */
    public List<Deal> ofPipeline(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return deals().ofPipeline(pipelineId);
    }

    /** The conversion facts of a deal, in the order of its moves. */
    public List<Conversion> conversions(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return tx.repository(ConversionRepository.class).ofDeal(dealId);
    }

    /** The rows of the {@code pipeline_deals} view of a pipeline: deals at or past proposal, and won deals. */
    public List<PipelineDeal> pipelineDeals(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return tx.repository(PipelineDealRepository.class).ofPipeline(pipelineId);
    }

    /**
     * The project code of a deal: the initials of its title's words (numbers kept whole, at most ten characters) and the
     * end of its id, e.g. {@code AESS2026-EB582B} for "Aurora Energy summer summit 2026".
     */
    static String projectCode(Deal deal) {
        StringBuilder letters = new StringBuilder();
        for (String word : deal.title().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!word.isEmpty()) {
                letters.append(word.chars().allMatch(Character::isDigit) ? word : word.substring(0, 1));
            }
        }
        String stem = letters.length() == 0 ? "DEAL" : letters.substring(0, Math.min(10, letters.length()));
        String id = deal.id().toString().replace("-", "");
        return stem + "-" + id.substring(id.length() - 6).toUpperCase(Locale.ROOT);
    }

    private Project projectOf(Deal deal) {
        String name = deal.title().length() > 200 ? deal.title().substring(0, 200) : deal.title();
        return Project.builder().organizationId(tx.organizationId()).code(projectCode(deal)).name(name)
                .description(deal.description().map(d -> d.length() > 10_000 ? d.substring(0, 10_000) : d))
                .clientCompanyId(deal.companyId()).startDate(deal.startsOn()).endDate(deal.endsOn().or(deal::startsOn))
                .currency(deal.currency()).budgetAmount(deal.value()).build();
    }

    /** The seed budget of the deal's new project (see {@link SeedBudget}); none for a deal without a value. */
    private Optional<UUID> seed(Deal deal, Project project) {
        if (deal.value().isEmpty() || deal.currency().isEmpty() || deal.value().get().signum() == 0) {
            return Optional.empty();
        }
        String currency = deal.currency().get();
        int scale = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal amount = seedBudget.amount(deal.value().get(), scale);
        LocalDate closed = deal.actualCloseDate().orElse(LocalDate.ofInstant(tx.now(), ZoneOffset.UTC));
        LocalDate from = deal.startsOn().orElse(closed);
        LocalDate to = deal.endsOn().orElse(from);
        BudgetService budgets = new BudgetService(tx);
        Budget budget = budgets.create(Budget.builder().organizationId(tx.organizationId()).projectId(project.id())
                .name("Seed budget").description("Seeded from the won deal " + project.code()).category(seedBudget.category())
                .amount(amount).currency(currency).periodStart(from).periodEnd(to).build());
        List<BigDecimal> split = seedBudget.split(amount, scale);
        for (int i = 0; i < split.size(); i++) {
            SeedBudget.Line line = seedBudget.lines().get(i);
            budgets.addLine(BudgetLine.builder().organizationId(tx.organizationId()).budgetId(budget.id()).category(line.category())
                    .description(line.description()).plannedAmount(split.get(i)).periodStart(from).periodEnd(to).build());
        }
        return Optional.of(budget.id());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private Deal locked(UUID dealId) {
        return deals().lock(dealId).orElseThrow(() -> NotFoundException.of("Deal", dealId));
    }

    private Pipeline livePipeline(UUID pipelineId) {
        Pipeline pipeline = tx.repository(PipelineRepository.class).get(pipelineId);
        if (pipeline.status() == PipelineStatus.ARCHIVED) {
            throw new ConflictException(PipelineErrorCode.PIPELINE_ARCHIVED, "pipelineId", "an archived pipeline takes no new deal");
        }
        return pipeline;
    }

    private PipelineStage stageOf(UUID pipelineId, UUID stageId) {
        PipelineStage stage = stages().get(stageId);
        if (!stage.pipelineId().equals(pipelineId)) {
            throw new ValidationException(PipelineErrorCode.STAGE_OF_ANOTHER_PIPELINE, "Deal",
                    List.of(new FieldViolation("stageId", "pipeline_opportunities_stage_fkey", "is a stage of the deal's pipeline")));
        }
        return stage;
    }

    private void requireMoveDate(Optional<Instant> at, Optional<Instant> previous) {
        if (at.isEmpty()) {
            return;
        }
        if (at.get().isAfter(tx.now()) || previous.map(p -> at.get().isBefore(p)).orElse(false)) {
            throw PipelineRules.PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT.exception();
        }
    }

    private Deal write(Deal before, Deal wanted) {
        Deal after = deals().update(wanted);
        afterChange(before, after);
        return after;
    }

    /**
     * The one place every new deal, stage move, status change and value change of this service passes through, after
     * the write: it publishes the deal's domain events.
     */
    private void afterChange(Deal before, Deal after) {
        DomainEvents events = new DomainEvents(tx);
        if (before == null) {
            events.append("deal", after.id(), "deal.created", payload(after, Map.of("title", after.title())));
            PipelineAutomations.stageEntered(tx, after.id(), after.stageId());
            if (after.value().isPresent()) {
                PipelineAutomations.valueChanged(tx, after.id(), Optional.empty(), after.value());
            }
            return;
        }
        boolean moved = !before.stageId().equals(after.stageId());
        if (moved) {
            events.append("deal", after.id(), "deal.stage_changed", payload(after, Map.of("fromStageId", before.stageId().toString())));
        }
        if (before.status() != after.status()) {
            String type = switch (after.status()) {
                case WON -> "deal.won";
                case LOST -> "deal.lost";
                case ON_HOLD -> "deal.held";
                case ACTIVE -> "deal.resumed";
            };
            if (!(after.status() == DealStatus.ACTIVE && before.status() != DealStatus.ON_HOLD)) {
                events.append("deal", after.id(), type, payload(after, Map.of("from", before.status().name().toLowerCase(Locale.ROOT))));
            }
        }
        boolean revalued = !sameAmount(before.value(), after.value()) || !before.currency().equals(after.currency());
        if (revalued) {
            events.append("deal", after.id(), "deal.value_changed", payload(after, Map.of()));
        }
        // automations run after the events, so that an action's own changes (a further move) follow them
        if (moved) {
            PipelineAutomations.stageEntered(tx, after.id(), before.stageId(), after.stageId());
        }
        if (revalued) {
            PipelineAutomations.valueChanged(tx, after.id(), before.value(), after.value());
        }
    }

    private static boolean sameAmount(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static Map<String, Object> payload(Deal deal, Map<String, Object> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("pipelineId", deal.pipelineId().toString());
        payload.put("stageId", deal.stageId().toString());
        payload.put("status", deal.status().name().toLowerCase(Locale.ROOT));
        deal.value().ifPresent(v -> payload.put("value", v.toPlainString()));
        deal.currency().ifPresent(c -> payload.put("currency", c));
        payload.put("probability", deal.probability().toPlainString());
        payload.putAll(extra);
        payload.values().removeIf(Objects::isNull);
        return payload;
    }
}
