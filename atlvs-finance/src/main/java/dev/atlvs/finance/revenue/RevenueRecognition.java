package dev.atlvs.finance.revenue;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("revenue_recognitions")
public interface RevenueRecognition extends TenantEntity {

    Table<RevenueRecognition, ImmutableRevenueRecognition.Builder> TABLE = RevenueRecognitionTable.TABLE;

    static ImmutableRevenueRecognition.Builder builder() {
        return ImmutableRevenueRecognition.builder();
    }

    @Db.Fixed
    UUID revenueId();

    /** The day the amount is earned (for a milestone: its due date, until it is completed). */
    @Db.Sortable
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
