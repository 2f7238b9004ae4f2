package dev.atlvs.finance.revenue;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One dated amount of a revenue's recognition schedule. The amounts of a schedule never total more than the
 * revenue (rule {@code revenue_recognitions_total}); once recognized (its journal entry posted) an amount
 * never changes.
 */
@Value.Immutable
@AtlvsStyle
public interface RevenueRecognition extends TenantEntity {

    Table<RevenueRecognition, ImmutableRevenueRecognition.Builder> TABLE = Table
            .tenant("revenue_recognitions", RevenueRecognition.class, ImmutableRevenueRecognition::builder,
                    ImmutableRevenueRecognition.Builder::build)
            .column("revenue_id", ColumnType.UUID_TYPE, RevenueRecognition::revenueId, ImmutableRevenueRecognition.Builder::revenueId).fixed()
            .column("recognize_on", ColumnType.DATE, RevenueRecognition::recognizeOn, ImmutableRevenueRecognition.Builder::recognizeOn)
            .sortable()
            .column("amount", ColumnType.numeric(19, 4), RevenueRecognition::amount, ImmutableRevenueRecognition.Builder::amount)
            .column("status", ColumnType.enumeration(RecognitionStatus.class), RevenueRecognition::status,
                    ImmutableRevenueRecognition.Builder::status)
            .optional("journal_entry_id", ColumnType.UUID_TYPE, RevenueRecognition::journalEntryId,
                    ImmutableRevenueRecognition.Builder::journalEntryId)
            .optional("recognized_at", ColumnType.TIMESTAMPTZ, RevenueRecognition::recognizedAt,
                    ImmutableRevenueRecognition.Builder::recognizedAt)
            .build();

    static ImmutableRevenueRecognition.Builder builder() {
        return ImmutableRevenueRecognition.builder();
    }

    UUID revenueId();

    /** The day the amount is earned (for a milestone: its due date, until it is completed). */
    @NotNull
    LocalDate recognizeOn();

    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();

    @Value.Default
    default RecognitionStatus status() {
        return RecognitionStatus.SCHEDULED;
    }

    /** The posted entry (Dr deferred revenue, Cr revenue). */
    Optional<UUID> journalEntryId();

    Optional<Instant> recognizedAt();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
