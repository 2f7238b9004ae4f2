package dev.atlvs.core.permission;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named set of permission patterns, such as "Finance Approver" or "Site Lead", assigned to members on
 * top of their base role. System roles cannot be changed or deleted, and a role still assigned cannot
 * be deleted (both enforced by the database).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("custom_roles")
public interface CustomRole extends TenantEntity {

    Table<CustomRole, ImmutableCustomRole.Builder> TABLE = CustomRoleTable.TABLE;

    static ImmutableCustomRole.Builder builder() {
        return ImmutableCustomRole.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    Optional<@Size(max = 2000) String> description();

    /** Permission patterns: {@code module.resource.action}, where {@code *} may replace the last parts. */
    @Size(max = 500)
    List<@Pattern(regexp = "[a-z][a-z_]*(\\.([a-z][a-z_]*|\\*)){1,2}", message = "must be module.resource.action in lower case") String> permissions();

    @Db.Fixed
    @Value.Default
    default boolean isSystem() {
        return false;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
