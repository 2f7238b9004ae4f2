package dev.atlvs.core.permission;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A permission granted directly to a member, e.g. {@code finance.invoices.approve}, optionally on one
 * record only and optionally expiring. Expired grants are ignored.
 */
@Value.Immutable
@AtlvsStyle
public interface UserPermission extends TenantEntity {

    Table<UserPermission, ImmutableUserPermission.Builder> TABLE = Table
            .tenant("user_permissions", UserPermission.class, ImmutableUserPermission::builder, ImmutableUserPermission.Builder::build)
            .column("user_id", ColumnType.UUID_TYPE, UserPermission::userId, ImmutableUserPermission.Builder::userId).fixed()
            .column("permission", ColumnType.TEXT, UserPermission::permission, ImmutableUserPermission.Builder::permission).fixed().sortable()
            .optional("resource_type", ColumnType.TEXT, UserPermission::resourceType, ImmutableUserPermission.Builder::resourceType).fixed()
            .optional("resource_id", ColumnType.UUID_TYPE, UserPermission::resourceId, ImmutableUserPermission.Builder::resourceId).fixed()
            .optional("granted_by", ColumnType.UUID_TYPE, UserPermission::grantedBy, ImmutableUserPermission.Builder::grantedBy).fixed()
            .column("granted_at", ColumnType.TIMESTAMPTZ, UserPermission::grantedAt, ImmutableUserPermission.Builder::grantedAt).fixed()
            .optional("expires_at", ColumnType.TIMESTAMPTZ, UserPermission::expiresAt, ImmutableUserPermission.Builder::expiresAt)
            .column("metadata", ColumnType.JSONB, UserPermission::metadata, ImmutableUserPermission.Builder::metadata)
            .build();

    static ImmutableUserPermission.Builder builder() {
        return ImmutableUserPermission.builder();
    }

    UUID userId();

    /** {@code module.resource.action}, where {@code *} may replace the last parts. */
    @Size(max = 100)
    @Pattern(regexp = "[a-z][a-z_]*(\\.([a-z][a-z_]*|\\*)){1,2}", message = "must be module.resource.action in lower case")
    String permission();

    Optional<@Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a lower-case entity type") String> resourceType();

    Optional<UUID> resourceId();

    Optional<UUID> grantedBy();

    Instant grantedAt();

    Optional<Instant> expiresAt();

    /** Free-form JSON object describing the grant (ticket, reason). */
    @Value.Default
    @Size(max = 10_000)
    default String metadata() {
        return "{}";
    }

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("UserPermission")
                .require(resourceType().isPresent() == resourceId().isPresent(), dev.atlvs.core.CoreRules.USER_PERMISSIONS_RESOURCE_CHECK)
                .require(expiresAt().map(expires -> expires.isAfter(grantedAt())).orElse(true),
                        dev.atlvs.core.CoreRules.USER_PERMISSIONS_EXPIRES_AT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
