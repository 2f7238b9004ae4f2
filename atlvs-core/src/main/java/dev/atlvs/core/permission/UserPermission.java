package dev.atlvs.core.permission;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("user_permissions")
public interface UserPermission extends TenantEntity {

    Table<UserPermission, ImmutableUserPermission.Builder> TABLE = UserPermissionTable.TABLE;

    static ImmutableUserPermission.Builder builder() {
        return ImmutableUserPermission.builder();
    }

    @Db.Fixed
    UUID userId();

    /** {@code module.resource.action}, where {@code *} may replace the last parts. */
    @Db.Fixed
    @Db.Sortable
    @Size(max = 100)
    @Pattern(regexp = "[a-z][a-z_]*(\\.([a-z][a-z_]*|\\*)){1,2}", message = "must be module.resource.action in lower case")
    String permission();

    @Db.Fixed
    Optional<@Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a lower-case entity type") String> resourceType();

    @Db.Fixed
    Optional<UUID> resourceId();

    @Db.Fixed
    Optional<UUID> grantedBy();

    @Db.Fixed
    Instant grantedAt();

    Optional<Instant> expiresAt();

    /** Free-form JSON object describing the grant (ticket, reason). */
    @Db.Jsonb
    @Value.Default
    @Size(max = 10_000)
    @dev.atlvs.core.validation.JsonObject
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
