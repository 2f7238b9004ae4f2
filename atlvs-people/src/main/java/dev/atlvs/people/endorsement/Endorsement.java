package dev.atlvs.people.endorsement;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A recommendation of a person's skill: by a colleague of the directory ({@link #endorserId()}) or by an external
 * referee ({@link #endorserName()}, {@link #endorserCompany()}), for one competency or in general, with an optional
 * rating from 1 to 5. A person does not endorse themselves; an endorser endorses a person once per competency.
 * Whether an endorsement is verified (endorser and endorsed finished a project together) is derived by
 * {@link EndorsementService}, never stored.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_endorsements")
public interface Endorsement extends TenantEntity {

    Table<Endorsement, ImmutableEndorsement.Builder> TABLE = EndorsementTable.TABLE;

    static ImmutableEndorsement.Builder builder() {
        return ImmutableEndorsement.builder();
    }

    /** The person endorsed. */
    @Db.Fixed
    UUID personId();

    /** The person of the directory who endorses; empty for an external referee. */
    @Db.Fixed
    Optional<UUID> endorserId();

    /** The name of an external referee; empty when {@link #endorserId()} is given. */
    Optional<@NonBlank @Size(max = 200) String> endorserName();

    /** The company of an external referee. */
    Optional<@NonBlank @Size(max = 200) String> endorserCompany();

    /** The competency endorsed; empty for a general recommendation. */
    @Db.Fixed
    Optional<UUID> competencyId();

    Optional<@Size(max = 4000) String> message();

    /** From 1 (adequate) to 5 (outstanding). */
    @Db.SmallInt
    Optional<@Min(1) @Max(5) Integer> rating();

    /** Whether the endorsement comes from an external referee rather than a person of the directory. */
    default boolean isExternal() {
        return endorserId().isEmpty();
    }

    @Value.Check
    default void check() {
        Violations.of("Endorsement")
                .require(endorserId().isPresent() ? endorserName().isEmpty() && endorserCompany().isEmpty() : endorserName().isPresent(),
                        PeopleRules.PEOPLE_ENDORSEMENTS_ENDORSER_CHECK)
                .require(endorserId().map(endorser -> !endorser.equals(personId())).orElse(true), PeopleRules.PEOPLE_ENDORSEMENTS_SELF_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
