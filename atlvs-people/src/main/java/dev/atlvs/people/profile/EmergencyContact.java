package dev.atlvs.people.profile;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.people.person.Person;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Whom to call if a crew member is hurt on site. The contact's name, phones, e-mail and address are personal data of a
 * third party, encrypted by the SDK ({@code @Db.Encrypted}): the database holds ciphertext only, so their formats
 * (E.164, e-mail) are checked here and nowhere else. A person with contacts has exactly one primary contact
 * ({@code emergency_contacts_primary}, checked at commit). Read and write them through {@link EmergencyContactService},
 * which lets only the person and members holding {@code people.safety.access} see them.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("emergency_contacts")
public interface EmergencyContact extends TenantEntity {

    Table<EmergencyContact, ImmutableEmergencyContact.Builder> TABLE = EmergencyContactTable.TABLE;

    static ImmutableEmergencyContact.Builder builder() {
        return ImmutableEmergencyContact.builder();
    }

    @Db.Fixed
    UUID personId();

    @Db.Encrypted
    @NotBlank
    @Size(max = 200)
    String name();

    /** How the contact relates to the person (partner, mother, flatmate). */
    @NotBlank
    @Size(max = 100)
    String relationship();

    @Db.Encrypted
    @Pattern(regexp = Person.E164, message = "must be an E.164 phone number such as +4915112345678")
    String phonePrimary();

    @Db.Encrypted
    Optional<@Pattern(regexp = Person.E164, message = "must be an E.164 phone number such as +4915112345678") String> phoneSecondary();

    @Db.Encrypted
    Optional<@Pattern(regexp = Person.EMAIL, message = "must be an e-mail address such as ana@example.com") @Size(max = 320) String> email();

    @Db.Encrypted
    Optional<@Size(max = 500) String> address();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> city();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> stateProvince();

    /** The ISO 3166-1 alpha-2 country code. */
    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String> country();

    /** The one contact called first; a person with contacts has exactly one. */
    @Value.Default
    default boolean isPrimary() {
        return false;
    }

    @Value.Default
    default boolean isBackup() {
        return false;
    }

    /** The order contacts are called in, 1 first. */
    @Value.Default
    @Min(1)
    @Max(10)
    default int priorityLevel() {
        return 1;
    }

    @Value.Default
    default ContactAvailability availability() {
        return ContactAvailability.TWENTY_FOUR_SEVEN;
    }

    @Value.Default
    default ContactVerificationStatus verificationStatus() {
        return ContactVerificationStatus.PENDING;
    }

    /** When the details were last confirmed. */
    Optional<Instant> lastVerified();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
