package dev.atlvs.pipeline.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.pipeline.PipelinePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sales pipelines and their stages: creating a pipeline with its stages in one call, adding, renaming, changing and
 * reordering stages, archiving, the organization's default pipeline, and the warnings of a pipeline whose probability
 * falls as its order rises. The database holds the rules whatever code writes the rows: a stage order is unique within
 * its pipeline ({@code pipeline_stages_order_unique}, not deferrable, so {@link #reorder} moves stages in two steps), and
 * at commit every pipeline has exactly one won and one lost stage ({@code pipeline_stages_won_and_lost}).
 *
 * <pre>{@code
 * PipelineService pipelines = new PipelineService(tx);
 * PipelineSetup touring = pipelines.create(Pipeline.builder().organizationId(tx.organizationId()).name("Touring")
 *         .currency("USD").build(), StageTemplate.DEFAULTS);
 * pipelines.reorder(touring.pipeline().id(), List.of(...stage ids in their new order...));
 * List<StageWarning> warnings = pipelines.warnings(touring.pipeline().id());
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#PIPELINES_MANAGE} for changes, {@link PipelinePermissions#DEALS_READ} for
 * reads.
 */
public final class PipelineService {

    /** The gap between the orders of consecutive stages a pipeline is created or reordered with. */
    public static final int ORDER_STEP = 10;

    private final TenantTransaction tx;

    public PipelineService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private PipelineRepository pipelines() {
        return tx.repository(PipelineRepository.class);
    }

    private PipelineStageRepository stages() {
        return tx.repository(PipelineStageRepository.class);
    }

    /** Creates {@code pipeline} with the default stages ({@link StageTemplate#DEFAULTS}). */
    public PipelineSetup create(Pipeline pipeline) {
        return create(pipeline, StageTemplate.DEFAULTS);
    }

    /**
     * Creates {@code pipeline} with {@code stages} in the order given (orders 10, 20, ...). The first live pipeline of
     * the organization becomes its default; a pipeline created as the default takes the place of the previous one.
     *
     * @throws ValidationException (rule {@code pipeline_stages_won_and_lost}) when the stages lack their one won or one
     *         lost stage, or hold two
     */
    public PipelineSetup create(Pipeline pipeline, List<StageTemplate> stages) {
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(stages, "stages is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        if (stages.stream().filter(StageTemplate::won).count() != 1 || stages.stream().filter(StageTemplate::lost).count() != 1) {
            throw dev.atlvs.pipeline.PipelineRules.PIPELINE_STAGES_WON_AND_LOST.exception();
        }
        Pipeline wanted = ImmutablePipeline.copyOf(pipeline).withOrganizationId(tx.organizationId());
        Optional<Pipeline> current = pipelines().defaultPipeline();
        if (current.isEmpty()) {
            wanted = ImmutablePipeline.copyOf(wanted).withIsDefault(true);
        } else if (wanted.isDefault()) {
            pipelines().update(ImmutablePipeline.copyOf(current.get()).withIsDefault(false));
        }
        Pipeline created = pipelines().insert(wanted);
        List<PipelineStage> written = new ArrayList<>();
        int order = ORDER_STEP;
        for (StageTemplate stage : stages) {
            written.add(stages().insert(PipelineStage.builder().organizationId(tx.organizationId()).pipelineId(created.id())
                    .name(stage.name()).stageOrder(order).probability(stage.probability()).forecastCategory(stage.category())
                    .isWon(stage.won()).isLost(stage.lost()).build()));
            order += ORDER_STEP;
        }
        return new PipelineSetup(created, written);
    }

    /**
     * The organization's default pipeline, created with the default stages (named "Sales") when the organization has
     * none.
     */
    public PipelineSetup defaultPipeline() {
        Optional<Pipeline> current = pipelines().defaultPipeline();
        if (current.isPresent()) {
            tx.require(PipelinePermissions.DEALS_READ);
            return setup(current.get());
        }
        return create(Pipeline.builder().organizationId(tx.organizationId()).name("Sales").isDefault(true).build());
    }

    /** Makes pipeline {@code pipelineId} the organization's default. */
    public Pipeline makeDefault(UUID pipelineId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        Pipeline pipeline = pipelines().get(pipelineId);
        if (pipeline.isDefault()) {
            return pipeline;
        }
        pipelines().defaultPipeline().ifPresent(p -> pipelines().update(ImmutablePipeline.copyOf(p).withIsDefault(false)));
        return pipelines().update(ImmutablePipeline.copyOf(pipeline).withIsDefault(true));
    }

    /** Changes a pipeline's name, description, currency or staleness threshold. */
    public Pipeline update(Pipeline pipeline) {
        requireNonNull(pipeline, "pipeline is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        return pipelines().update(pipeline);
    }

    /** Archives a pipeline: it keeps its deals and history and takes no new deal. */
    public Pipeline archive(UUID pipelineId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        Pipeline pipeline = pipelines().get(pipelineId);
        return pipeline.status() == PipelineStatus.ARCHIVED ? pipeline
                : pipelines().update(ImmutablePipeline.copyOf(pipeline).withStatus(PipelineStatus.ARCHIVED).withIsDefault(false));
    }

    /** Takes an archived pipeline back into use. */
    public Pipeline reactivate(UUID pipelineId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        Pipeline pipeline = pipelines().get(pipelineId);
        return pipeline.status() == PipelineStatus.ACTIVE ? pipeline
                : pipelines().update(ImmutablePipeline.copyOf(pipeline).withStatus(PipelineStatus.ACTIVE));
    }

    /** Deletes a pipeline (it can be restored). */
    public void delete(UUID pipelineId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        pipelines().softDelete(pipelines().get(pipelineId));
    }

    /** Restores a deleted pipeline. */
    public Pipeline restore(UUID pipelineId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        return pipelines().restore(pipelines().findIncludingDeleted(pipelineId)
                .orElseThrow(() -> NotFoundException.of("Pipeline", pipelineId)));
    }

    /** The pipeline. */
    public Pipeline get(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return pipelines().get(pipelineId);
    }

    /** The pipeline with its stages. */
    public PipelineSetup setup(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return setup(pipelines().get(pipelineId));
    }

    private PipelineSetup setup(Pipeline pipeline) {
        return new PipelineSetup(pipeline, stages().ofPipeline(pipeline.id()));
    }

    /** The live pipelines, the default first, then by name. */
    public List<Pipeline> list() {
        tx.require(PipelinePermissions.DEALS_READ);
        return pipelines().live();
    }

    /** The stages of a pipeline, by order. */
    public List<PipelineStage> stages(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return stages().ofPipeline(pipelineId);
    }

    /**
     * Adds {@code stage} to its pipeline at its {@link PipelineStage#stageOrder()}.
     *
     * @throws dev.atlvs.core.error.DuplicateException (constraint {@code pipeline_stages_order_unique}) when the order
     *         is taken
     */
    public PipelineStage addStage(PipelineStage stage) {
        requireNonNull(stage, "stage is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        pipelines().get(stage.pipelineId());
        return stages().insert(stage);
    }

    /** Changes a stage (its name, probability, category, colour, order, or which stage is won or lost). */
    public PipelineStage updateStage(PipelineStage stage) {
        requireNonNull(stage, "stage is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        return stages().update(stage);
    }

    /** Renames a stage. */
    public PipelineStage renameStage(UUID stageId, String name) {
        requireNonNull(name, "name is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        return stages().update(ImmutablePipelineStage.copyOf(stages().get(stageId)).withName(name));
    }

    /** Removes a stage that no deal is in and no move has recorded. */
    public void removeStage(UUID stageId) {
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        stages().delete(stages().get(stageId));
    }

    /**
     * Puts the stages of pipeline {@code pipelineId} in the order of {@code stageIds} (every stage of the pipeline,
     * once), numbered 10, 20, .... The unique order is held at every statement, so the stages first take free
     * temporary orders and then their final ones.
     *
     * @throws ValidationException (field {@code stageIds}) when the list is not the pipeline's stages, each once
     */
    public List<PipelineStage> reorder(UUID pipelineId, List<UUID> stageIds) {
        requireNonNull(stageIds, "stageIds is null");
        tx.require(PipelinePermissions.PIPELINES_MANAGE);
        List<PipelineStage> current = stages().ofPipeline(pipelineId);
        Map<UUID, PipelineStage> byId = current.stream().collect(Collectors.toMap(PipelineStage::id, Function.identity()));
        if (stageIds.size() != current.size() || !byId.keySet().equals(new HashSet<>(stageIds))) {
            throw new ValidationException(dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED, "PipelineStage", List.of(new FieldViolation("stageIds", "stages_of_pipeline",
                    "names every stage of the pipeline once")));
        }
        Set<Integer> taken = new HashSet<>();
        current.forEach(s -> taken.add(s.stageOrder()));
        for (int i = 0; i < stageIds.size(); i++) {
            taken.add((i + 1) * ORDER_STEP);
        }
        int free = 1000;
        for (UUID id : stageIds) {
            PipelineStage stage = byId.get(id);
            if (stage.stageOrder() == (stageIds.indexOf(id) + 1) * ORDER_STEP) {
                continue;
            }
            while (taken.contains(free)) {
                free--;
            }
            byId.put(id, stages().update(ImmutablePipelineStage.copyOf(stage).withStageOrder(free)));
            taken.add(free);
        }
        List<PipelineStage> result = new ArrayList<>();
        for (int i = 0; i < stageIds.size(); i++) {
            PipelineStage stage = byId.get(stageIds.get(i));
            int target = (i + 1) * ORDER_STEP;
            result.add(stage.stageOrder() == target ? stage : stages().update(ImmutablePipelineStage.copyOf(stage).withStageOrder(target)));
        }
        return result;
    }

    /**
     * The stages of pipeline {@code pipelineId} whose probability is lower than that of an earlier open stage: a report,
     * not an error. The won and lost stages are left out (their probabilities are fixed).
     */
    public List<StageWarning> warnings(UUID pipelineId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return warnings(stages().ofPipeline(pipelineId));
    }

    /** The warnings of {@code stages} taken in their order; see {@link #warnings(UUID)}. */
    public static List<StageWarning> warnings(List<PipelineStage> stages) {
        List<StageWarning> warnings = new ArrayList<>();
        PipelineStage highest = null;
        for (PipelineStage stage : stages.stream().filter(PipelineStage::isOpen)
                .sorted(java.util.Comparator.comparingInt(PipelineStage::stageOrder)).toList()) {
            if (highest != null && stage.probability().compareTo(highest.probability()) < 0) {
                warnings.add(new StageWarning(stage, highest));
            }
            if (highest == null || stage.probability().compareTo(highest.probability()) > 0) {
                highest = stage;
            }
        }
        return List.copyOf(warnings);
    }
}
