package dev.atlvs.core.permission;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("user_roles")
public interface UserRole extends TenantEntity {

    Table<UserRole, ImmutableUserRole.Builder> TABLE = UserRoleTable.TABLE;

    static ImmutableUserRole.Builder builder() {
        return ImmutableUserRole.builder();
    }

    @Db.Fixed
    UUID userId();

    @Db.Fixed
    UUID roleId();

    /** The kind of record the assignment is limited to, e.g. {@code projects}. */
    @Db.Fixed
    Optional<@Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a lower-case entity type") String> scopeType();

    @Db.Fixed
    Optional<UUID> scopeId();

    @Db.Fixed
    Optional<UUID> grantedBy();

    @Db.Fixed
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
