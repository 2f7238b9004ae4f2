package dev.atlvs.people.role;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.people.competency.CompetencyLevel;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A competency a crew role requires, at a minimum level and, when {@link #certificationRequired()}, with a
 * certification valid through the end of the work. A role lists each competency once.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("role_competencies")
public interface RoleCompetency extends TenantEntity {

    Table<RoleCompetency, ImmutableRoleCompetency.Builder> TABLE = RoleCompetencyTable.TABLE;

    static ImmutableRoleCompetency.Builder builder() {
        return ImmutableRoleCompetency.builder();
    }

    @Db.Fixed
    UUID roleId();

    @Db.Fixed
    UUID competencyId();

    @Value.Default
    default CompetencyLevel minLevel() {
        return CompetencyLevel.INTERMEDIATE;
    }

    @Value.Default
    default boolean certificationRequired() {
        return false;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
