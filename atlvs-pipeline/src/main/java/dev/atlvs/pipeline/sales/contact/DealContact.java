package dev.atlvs.pipeline.sales.contact;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A contact on a deal ({@code opportunity_contacts}) with the role they play in it. A deal with contacts has exactly one
 * primary contact: at most one at any time ({@code opportunity_contacts_one_primary}), at least one at commit
 * ({@code opportunity_contacts_primary_required}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("opportunity_contacts")
public interface DealContact extends TenantEntity {

    Table<DealContact, ImmutableDealContact.Builder> TABLE = DealContactTable.TABLE;

    static ImmutableDealContact.Builder builder() {
        return ImmutableDealContact.builder();
    }

    /** The deal. */
    @NotNull
    @Db.Fixed
    UUID opportunityId();

    /** The contact. */
    @NotNull
    @Db.Fixed
    UUID contactId();

    @Value.Default
    default DealRole dealRole() {
        return DealRole.INFLUENCER;
    }

    @Value.Default
    default boolean isPrimary() {
        return false;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
