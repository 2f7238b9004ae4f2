package dev.atlvs.pipeline.sales.pipeline;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sales pipeline of the organization (festival production, touring, brand activations): an ordered list of
 * {@link PipelineStage stages} with exactly one won and one lost stage, which the database holds at commit
 * ({@code pipeline_stages_won_and_lost}). At most one live pipeline is the organization's default, and live pipelines
 * have distinct names ignoring case. Create one with its stages through {@link PipelineService#create}. Users delete and
 * restore pipelines (soft delete); an {@linkplain PipelineStatus#ARCHIVED archived} one takes no new deal.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipelines")
public interface Pipeline extends TenantEntity, SoftDeletable {

    Table<Pipeline, ImmutablePipeline.Builder> TABLE = PipelineTable.TABLE;

    static ImmutablePipeline.Builder builder() {
        return ImmutablePipeline.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 4000) String> description();

    /** The default ISO 4217 currency of the pipeline's deals. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Whether this is the organization's default pipeline (at most one live one is). */
    @Value.Default
    default boolean isDefault() {
        return false;
    }

    @Value.Default
    default PipelineStatus status() {
        return PipelineStatus.ACTIVE;
    }

    /** Days without an open future activity after which an active deal of the pipeline counts as stale. */
    @Value.Default
    @Min(1)
    @Max(365)
    default int staleAfterDays() {
        return 14;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
