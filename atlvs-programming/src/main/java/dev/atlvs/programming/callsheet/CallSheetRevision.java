package dev.atlvs.programming.callsheet;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The calls of a call sheet as distributed: written by the database when the sheet becomes distributed, one per
 * revision, and never rewritten except for its {@link #note()} ({@code call_sheet_revisions_immutable}). Read its calls
 * with {@link CallSheetRevisionRepository#callsOf(UUID)}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("call_sheet_revisions")
public interface CallSheetRevision extends TenantEntity {

    Table<CallSheetRevision, ImmutableCallSheetRevision.Builder> TABLE = CallSheetRevisionTable.TABLE;

    static ImmutableCallSheetRevision.Builder builder() {
        return ImmutableCallSheetRevision.builder();
    }

    @NotNull
    UUID callSheetId();

    @Db.Sortable
    @Min(1)
    int revision();

    @NotNull
    Instant distributedAt();

    /** The user who distributed the revision. */
    Optional<UUID> distributedBy();

    /** The calls distributed: a JSON array of {@code {entry_id, person_id, role, department, call_at, wrap_at, location_note}}. */
    @Db.Jsonb
    @Db.Sensitive
    @Value.Default
    @Size(max = 1_000_000)
    default String entries() {
        return "[]";
    }

    /** What changed, in words. */
    Optional<@Size(max = 2000) String> note();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
