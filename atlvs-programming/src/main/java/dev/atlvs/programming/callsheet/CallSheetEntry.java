package dev.atlvs.programming.callsheet;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One person's call on a {@link CallSheet}: when they report ({@link #callAt()}) and wrap ({@link #wrapAt()}), as
 * instants, with their role, department and where to go. The database refuses a call that no confirmed booking of the
 * person on the sheet's project covers ({@code call_sheet_entries_assignment}), one overlapping another live call of the
 * person ({@code call_sheet_entries_one_call}) and one that does not start on the sheet's date in its time zone
 * ({@code call_sheet_entries_on_event_date}); each call commits the person's time within the project.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("call_sheet_entries")
public interface CallSheetEntry extends TenantEntity {

    Table<CallSheetEntry, ImmutableCallSheetEntry.Builder> TABLE = CallSheetEntryTable.TABLE;

    static ImmutableCallSheetEntry.Builder builder() {
        return ImmutableCallSheetEntry.builder();
    }

    @Db.Fixed
    @NotNull
    UUID callSheetId();

    /** The person called. */
    @Db.Sensitive
    @NotNull
    UUID personId();

    Optional<@NonBlank @Size(max = 100) String> role();

    Optional<@NonBlank @Size(max = 100) String> department();

    /** When the person reports. */
    @Db.Sortable
    @NotNull
    Instant callAt();

    /** When the person is released; after {@link #callAt()}, possibly after midnight. */
    @NotNull
    Instant wrapAt();

    Optional<@Size(max = 500) String> locationNote();

    @Db.Sensitive
    Optional<@Size(max = 2000) String> notes();

    /** When the person acknowledged the call. */
    Optional<Instant> acknowledgedAt();

    /** The revision of the sheet the person acknowledged. */
    Optional<@Min(1) Integer> acknowledgedRevision();

    /** Whether the call stands: false while its sheet is cancelled or deleted. Maintained by the database. */
    @Value.Default
    default boolean live() {
        return true;
    }

    /** Whether the person acknowledged an earlier revision than {@code sheetRevision}. */
    default boolean acknowledgementStale(int sheetRevision) {
        return acknowledgedRevision().map(r -> r < sheetRevision).orElse(false);
    }

    @Value.Check
    default void check() {
        Violations.of("CallSheetEntry")
                .require(wrapAt().isAfter(callAt()), ProgrammingRules.CALL_SHEET_ENTRIES_WRAP_AT_CHECK)
                .require(acknowledgedAt().isPresent() == acknowledgedRevision().isPresent(),
                        ProgrammingRules.CALL_SHEET_ENTRIES_ACKNOWLEDGED_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
