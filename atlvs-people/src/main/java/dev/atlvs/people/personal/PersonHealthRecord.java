package dev.atlvs.people.personal;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What first aid and catering must know of a person, one per person, every value encrypted. Only the person and
 * holders of {@link dev.atlvs.people.PeoplePermissions#SAFETY_ACCESS} read or write it.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("person_health_records")
public interface PersonHealthRecord extends TenantEntity {

    Table<PersonHealthRecord, ImmutablePersonHealthRecord.Builder> TABLE = PersonHealthRecordTable.TABLE;

    static ImmutablePersonHealthRecord.Builder builder() {
        return ImmutablePersonHealthRecord.builder();
    }

    /** The person; a record never moves to another. */
    @Db.Fixed
    UUID personId();

    @Db.Encrypted
    Optional<@Pattern(regexp = "(A|B|AB|O)[+-]", message = "must be a blood type such as O+") String> bloodType();

    @Db.Encrypted
    Optional<@Size(max = 2000) String> allergies();

    @Db.Encrypted
    Optional<@Size(max = 4000) String> medicalConditions();

    @Db.Encrypted
    Optional<@Size(max = 2000) String> medications();

    @Db.Encrypted
    Optional<@Size(max = 2000) String> dietaryRequirements();

    @Db.Encrypted
    Optional<@Size(max = 4000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
