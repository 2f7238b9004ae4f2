package dev.atlvs.people.profile;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One entry of a person's employment and gig history (a CV). Entries may overlap (freelancers work several jobs at
 * once); an entry is current exactly when it has no end date, and ends on or after it starts.
 * {@link #companyId()} names a company of the organization's directory when it is one (no foreign key yet).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("job_history")
public interface JobHistoryEntry extends TenantEntity {

    Table<JobHistoryEntry, ImmutableJobHistoryEntry.Builder> TABLE = JobHistoryEntryTable.TABLE;

    static ImmutableJobHistoryEntry.Builder builder() {
        return ImmutableJobHistoryEntry.builder();
    }

    @Db.Fixed
    UUID personId();

    /** The employer's or client's name as on the CV. */
    @NotBlank
    @Size(max = 200)
    String companyName();

    /** The company of the directory, when the organization knows it. */
    Optional<UUID> companyId();

    @NotBlank
    @Size(max = 200)
    String jobTitle();

    Optional<@NonBlank @Size(max = 200) String> department();

    @Value.Default
    default JobEmploymentType employmentType() {
        return JobEmploymentType.FREELANCE;
    }

    @Db.Sortable
    LocalDate startDate();

    /** Empty while the entry is current. */
    Optional<LocalDate> endDate();

    /** True exactly when {@link #endDate()} is empty. */
    @Value.Default
    default boolean isCurrent() {
        return endDate().isEmpty();
    }

    Optional<@Size(max = 200) String> location();

    Optional<@Size(max = 4000) String> description();

    Optional<@Size(max = 4000) String> achievements();

    List<String> skillsUsed();

    Optional<@Size(max = 4000) String> responsibilities();

    Optional<@NonBlank @Size(max = 200) String> supervisorName();

    Optional<@Size(max = 2000) String> reasonForLeaving();

    @Value.Default
    default Visibility visibility() {
        return Visibility.ORGANIZATION;
    }

    @Value.Check
    default void check() {
        Violations.of("JobHistoryEntry")
                .ordered(Optional.of(startDate()), endDate(), PeopleRules.JOB_HISTORY_END_DATE_CHECK)
                .require(isCurrent() == endDate().isEmpty(), PeopleRules.JOB_HISTORY_CURRENT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
