package dev.atlvs.core.permission;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The assignment of a custom role to a member, optionally scoped to one record (e.g. a project) and
 * optionally expiring.
 */
@Value.Immutable
@AtlvsStyle
public interface UserRole extends TenantEntity {

    Table<UserRole, ImmutableUserRole.Builder> TABLE = Table
            .tenant("user_roles", UserRole.class, ImmutableUserRole::builder, ImmutableUserRole.Builder::build)
            .column("user_id", ColumnType.UUID_TYPE, UserRole::userId, ImmutableUserRole.Builder::userId).fixed()
            .column("role_id", ColumnType.UUID_TYPE, UserRole::roleId, ImmutableUserRole.Builder::roleId).fixed()
            .optional("scope_type", ColumnType.TEXT, UserRole::scopeType, ImmutableUserRole.Builder::scopeType).fixed()
            .optional("scope_id", ColumnType.UUID_TYPE, UserRole::scopeId, ImmutableUserRole.Builder::scopeId).fixed()
            .optional("granted_by", ColumnType.UUID_TYPE, UserRole::grantedBy, ImmutableUserRole.Builder::grantedBy).fixed()
            .column("granted_at", ColumnType.TIMESTAMPTZ, UserRole::grantedAt, ImmutableUserRole.Builder::grantedAt).fixed()
            .optional("expires_at", ColumnType.TIMESTAMPTZ, UserRole::expiresAt, ImmutableUserRole.Builder::expiresAt)
            .build();

    static ImmutableUserRole.Builder builder() {
        return ImmutableUserRole.builder();
    }

    UUID userId();

    UUID roleId();

    /** The kind of record the assignment is limited to, e.g. {@code projects}. */
    Optional<@Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a lower-case entity type") String> scopeType();

    Optional<UUID> scopeId();

    Optional<UUID> grantedBy();

    Instant grantedAt();

    Optional<Instant> expiresAt();

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("UserRole")
                .require(scopeType().isPresent() == scopeId().isPresent(), dev.atlvs.core.CoreRules.USER_ROLES_SCOPE_CHECK)
                .require(expiresAt().map(expires -> expires.isAfter(grantedAt())).orElse(true),
                        dev.atlvs.core.CoreRules.USER_ROLES_EXPIRES_AT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
