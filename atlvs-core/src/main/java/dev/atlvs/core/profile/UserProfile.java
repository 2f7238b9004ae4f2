package dev.atlvs.core.profile;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A member's personnel profile in one organization: the HR and contact data crew coordinators need.
 * {@link #profileCompletionPct()} is derived by the database; the manager chain never loops.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("user_profiles")
public interface UserProfile extends TenantEntity {

    String PHONE = "\\+?[0-9 ()./-]{3,32}";
    String COUNTRY = "[A-Z]{2}";
    /** The earliest date of birth a profile accepts. */
    java.time.LocalDate EARLIEST_BIRTH = java.time.LocalDate.of(1900, 1, 1);

    Table<UserProfile, ImmutableUserProfile.Builder> TABLE = UserProfileTable.TABLE;

    static ImmutableUserProfile.Builder builder() {
        return ImmutableUserProfile.builder();
    }

    @Db.Fixed
    UUID userId();

    Optional<@Size(max = 2048) String> avatarUrl();

    @Db.Encrypted
    Optional<@Past LocalDate> dateOfBirth();

    @Db.Sensitive
    Optional<Gender> gender();

    @Db.Sensitive
    @Db.Char(2)
    Optional<@Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code such as DE") String> nationality();

    @Size(max = 50)
    List<@NotBlank @Size(max = 35) String> languages();

    @Db.Encrypted
    Optional<@Pattern(regexp = PHONE, message = "must be a phone number") String> phonePrimary();

    @Db.Encrypted
    Optional<@Pattern(regexp = PHONE, message = "must be a phone number") String> phoneSecondary();

    @Db.Encrypted
    Optional<@Size(max = 200) String> addressLine1();

    @Db.Encrypted
    Optional<@Size(max = 200) String> addressLine2();

    @Db.Sensitive
    Optional<@Size(max = 100) String> city();

    @Db.Sensitive
    Optional<@Size(max = 100) String> stateProvince();

    @Db.Sensitive
    Optional<@Size(max = 20) String> postalCode();

    @Db.Char(2)
    Optional<@Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code such as DE") String> country();

    Optional<@Size(max = 200) String> jobTitle();

    Optional<@Size(max = 200) String> department();

    /** The organization's own id of the person; unique in the organization, found by {@code UserProfileRepository#findByEmployeeId}. */
    @Db.Encrypted(blindIndex = true)
    Optional<@NonBlank @Size(max = 64) String> employeeId();

    Optional<LocalDate> hireDate();

    Optional<EmploymentType> employmentType();

    /** The member this person reports to; the chain never loops back. */
    Optional<UUID> managerUserId();

    @Size(max = 200)
    List<@NotBlank @Size(max = 100) String> skills();

    Optional<@Size(max = 4000) String> bio();

    Optional<@Size(max = 2048) String> linkedinUrl();

    Optional<@Size(max = 2048) String> websiteUrl();

    @Value.Default
    default ProfileStatus status() {
        return ProfileStatus.ACTIVE;
    }

    /** Share of the key fields filled in, 0 to 100; computed by the database on every write. */
    @Db.SmallInt
    @Value.Default
    @Min(0)
    @Max(100)
    default int profileCompletionPct() {
        return 0;
    }

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("UserProfile")
                .require(managerUserId().map(manager -> !manager.equals(userId())).orElse(true),
                        dev.atlvs.core.CoreRules.USER_PROFILES_MANAGER_CHECK)
                .require(dateOfBirth().map(born -> !born.isBefore(EARLIEST_BIRTH)).orElse(true),
                        dev.atlvs.core.CoreRules.USER_PROFILES_DATE_OF_BIRTH_CHECK)
                .ordered(dateOfBirth(), hireDate(), dev.atlvs.core.CoreRules.USER_PROFILES_HIRE_DATE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
