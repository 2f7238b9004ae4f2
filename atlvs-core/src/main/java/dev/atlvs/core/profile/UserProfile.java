package dev.atlvs.core.profile;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface UserProfile extends TenantEntity {

    String PHONE = "\\+?[0-9 ()./-]{3,32}";
    String COUNTRY = "[A-Z]{2}";

    Table<UserProfile, ImmutableUserProfile.Builder> TABLE = Table
            .tenant("user_profiles", UserProfile.class, ImmutableUserProfile::builder, ImmutableUserProfile.Builder::build)
            .column("user_id", ColumnType.UUID_TYPE, UserProfile::userId, ImmutableUserProfile.Builder::userId).fixed()
            .optional("avatar_url", ColumnType.TEXT, UserProfile::avatarUrl, ImmutableUserProfile.Builder::avatarUrl)
            .optional("date_of_birth", ColumnType.DATE, UserProfile::dateOfBirth, ImmutableUserProfile.Builder::dateOfBirth).sensitive()
            .optional("gender", ColumnType.enumeration(Gender.class), UserProfile::gender, ImmutableUserProfile.Builder::gender).sensitive()
            .optional("nationality", ColumnType.character(2), UserProfile::nationality, ImmutableUserProfile.Builder::nationality).sensitive()
            .column("languages", ColumnType.TEXT_ARRAY, UserProfile::languages, ImmutableUserProfile.Builder::languages)
            .optional("phone_primary", ColumnType.TEXT, UserProfile::phonePrimary, ImmutableUserProfile.Builder::phonePrimary).sensitive()
            .optional("phone_secondary", ColumnType.TEXT, UserProfile::phoneSecondary, ImmutableUserProfile.Builder::phoneSecondary).sensitive()
            .optional("address_line1", ColumnType.TEXT, UserProfile::addressLine1, ImmutableUserProfile.Builder::addressLine1).sensitive()
            .optional("address_line2", ColumnType.TEXT, UserProfile::addressLine2, ImmutableUserProfile.Builder::addressLine2).sensitive()
            .optional("city", ColumnType.TEXT, UserProfile::city, ImmutableUserProfile.Builder::city).sensitive()
            .optional("state_province", ColumnType.TEXT, UserProfile::stateProvince, ImmutableUserProfile.Builder::stateProvince).sensitive()
            .optional("postal_code", ColumnType.TEXT, UserProfile::postalCode, ImmutableUserProfile.Builder::postalCode).sensitive()
            .optional("country", ColumnType.character(2), UserProfile::country, ImmutableUserProfile.Builder::country)
            .optional("job_title", ColumnType.TEXT, UserProfile::jobTitle, ImmutableUserProfile.Builder::jobTitle)
            .optional("department", ColumnType.TEXT, UserProfile::department, ImmutableUserProfile.Builder::department)
            .optional("employee_id", ColumnType.TEXT, UserProfile::employeeId, ImmutableUserProfile.Builder::employeeId).sensitive()
            .optional("hire_date", ColumnType.DATE, UserProfile::hireDate, ImmutableUserProfile.Builder::hireDate)
            .optional("employment_type", ColumnType.enumeration(EmploymentType.class), UserProfile::employmentType,
                    ImmutableUserProfile.Builder::employmentType)
            .optional("manager_user_id", ColumnType.UUID_TYPE, UserProfile::managerUserId, ImmutableUserProfile.Builder::managerUserId)
            .column("skills", ColumnType.TEXT_ARRAY, UserProfile::skills, ImmutableUserProfile.Builder::skills)
            .optional("bio", ColumnType.TEXT, UserProfile::bio, ImmutableUserProfile.Builder::bio)
            .optional("linkedin_url", ColumnType.TEXT, UserProfile::linkedinUrl, ImmutableUserProfile.Builder::linkedinUrl)
            .optional("website_url", ColumnType.TEXT, UserProfile::websiteUrl, ImmutableUserProfile.Builder::websiteUrl)
            .column("status", ColumnType.enumeration(ProfileStatus.class), UserProfile::status, ImmutableUserProfile.Builder::status)
            .column("profile_completion_pct", ColumnType.SMALLINT, UserProfile::profileCompletionPct,
                    ImmutableUserProfile.Builder::profileCompletionPct)
            .build();

    static ImmutableUserProfile.Builder builder() {
        return ImmutableUserProfile.builder();
    }

    UUID userId();

    Optional<@Size(max = 2048) String> avatarUrl();

    Optional<@Past LocalDate> dateOfBirth();

    Optional<Gender> gender();

    Optional<@Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code such as DE") String> nationality();

    @Size(max = 50)
    List<@NotBlank @Size(max = 35) String> languages();

    Optional<@Pattern(regexp = PHONE, message = "must be a phone number") String> phonePrimary();

    Optional<@Pattern(regexp = PHONE, message = "must be a phone number") String> phoneSecondary();

    Optional<@Size(max = 200) String> addressLine1();

    Optional<@Size(max = 200) String> addressLine2();

    Optional<@Size(max = 100) String> city();

    Optional<@Size(max = 100) String> stateProvince();

    Optional<@Size(max = 20) String> postalCode();

    Optional<@Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code such as DE") String> country();

    Optional<@Size(max = 200) String> jobTitle();

    Optional<@Size(max = 200) String> department();

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
                .ordered(dateOfBirth(), hireDate(), dev.atlvs.core.CoreRules.USER_PROFILES_HIRE_DATE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
