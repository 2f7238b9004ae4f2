package dev.atlvs.people.certification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.people.competency.CompetencyLevel;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One person's assessed level in one competency of the taxonomy; a person lists each competency once
 * ({@code person_competencies_unique}). {@link #certificationId()} is a certification of the same person: a competency
 * that requires certification counts only while it is valid (see {@link PersonCompetencies#effectiveOn}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("person_competencies")
public interface PersonCompetency extends TenantEntity {

    Table<PersonCompetency, ImmutablePersonCompetency.Builder> TABLE = PersonCompetencyTable.TABLE;

    static ImmutablePersonCompetency.Builder builder() {
        return ImmutablePersonCompetency.builder();
    }

    @Db.Fixed
    UUID personId();

    @Db.Fixed
    UUID competencyId();

    @Value.Default
    default CompetencyLevel level() {
        return CompetencyLevel.INTERMEDIATE;
    }

    /** The user who assessed the level. */
    Optional<UUID> assessedBy();

    Optional<Instant> assessedAt();

    /** The certification of the same person that proves the competency. */
    Optional<UUID> certificationId();

    Optional<@Size(max = 4000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
