package dev.atlvs.people.personal;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person's identity, tax and bank details, one per person. Every personal value is encrypted before it reaches the
 * database; the passport, national id and tax id are found by equality through their blind indexes
 * ({@link PersonProfileRepository#findByPassportNumber}). Only the person and holders of
 * {@link dev.atlvs.people.PeoplePermissions#PERSONAL_ACCESS} read or write it, through {@link PersonalDataService} and
 * through every other path of the SDK (the repository, queries, the audit trail refuse anybody else).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("person_profiles")
public interface PersonProfile extends TenantEntity {

    Table<PersonProfile, ImmutablePersonProfile.Builder> TABLE = PersonProfileTable.TABLE;

    static ImmutablePersonProfile.Builder builder() {
        return ImmutablePersonProfile.builder();
    }

    /** The person; a profile never moves to another. */
    @Db.Fixed
    UUID personId();

    @Db.Encrypted
    Optional<@Past LocalDate> dateOfBirth();

    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String> nationality();

    @Db.Encrypted(blindIndex = true)
    Optional<@NonBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9<]+", message = "must be letters and digits as printed, such as 123456789")
            String> passportNumber();

    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String> passportCountry();

    /** In clear, unlike the number: travel checks compare it with itineraries. */
    Optional<LocalDate> passportExpiresOn();

    @Db.Encrypted(blindIndex = true)
    Optional<@NonBlank @Size(max = 64) String> nationalIdNumber();

    @Db.Encrypted(blindIndex = true)
    Optional<@NonBlank @Size(max = 64) String> taxId();

    @Db.Encrypted
    Optional<@NonBlank @Size(max = 200) String> bankAccountHolder();

    /** The IBAN, upper case without spaces (GB29NWBK60161331926819). */
    @Db.Encrypted
    Optional<@Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", message = "must be an IBAN without spaces such as GB29NWBK60161331926819")
            String> bankIban();

    @Db.Encrypted
    Optional<@Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a BIC such as NWBKGB2L") String> bankBic();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
