package dev.atlvs.people.competency;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A skill of the organization's taxonomy: rigging, pyrotechnics, forklift, Dante networking, first aid. Its name
 * is unique in the organization ignoring case. One that {@link #requiresCertification()} counts for a person only
 * while a matching certification is valid; its certificates then last {@link #certificationValidityMonths()}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_competencies")
public interface Competency extends TenantEntity {

    Table<Competency, ImmutableCompetency.Builder> TABLE = CompetencyTable.TABLE;

    static ImmutableCompetency.Builder builder() {
        return ImmutableCompetency.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    Optional<@Size(max = 4000) String> description();

    Optional<@NonBlank @Size(max = 100) String> category();

    /** What each level means, as a JSON object keyed by level ({@code {"expert": "leads a rigging crew"}}). */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    @Size(max = 100_000)
    default String levelDefinitions() {
        return "{}";
    }

    @Value.Default
    default boolean requiresCertification() {
        return false;
    }

    /** How long a certificate of this competency lasts; only for a competency that requires certification. */
    Optional<@Positive Integer> certificationValidityMonths();

    @Value.Check
    default void check() {
        Violations.of("Competency")
                .require(certificationValidityMonths().isEmpty() || requiresCertification(), PeopleRules.PEOPLE_COMPETENCIES_VALIDITY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
