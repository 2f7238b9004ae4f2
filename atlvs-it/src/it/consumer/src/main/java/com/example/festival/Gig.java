package com.example.festival;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type of the application's own: its table declaration is derived by the SDK's processor. */
@Value.Immutable
@AtlvsStyle
@Db.Table("gigs")
public interface Gig extends TenantEntity {

    Table<Gig, ImmutableGig.Builder> TABLE = GigTable.TABLE;

    @Db.Sortable
    String stageName();

    Optional<LocalDate> showDate();

    @Db.Numeric(precision = 12, scale = 2)
    BigDecimal fee();

    interface Builder extends TenantEntity.Builder<Builder> {}
}
