package dev.atlvs.people.person;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Digits;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Someone the organization works with: staff, freelance crew or talent, with or without a login
 * ({@link #userId()}, then an organization member). The e-mail address is unique among the organization's
 * people, ignoring case; the phone number is E.164. A person's status follows {@link PersonStatus}: only an
 * active person takes on new work. Users delete and restore people (soft delete). The values that identify the person
 * are {@link Db.Sensitive}: the audit trail seals them, and erasing the person erases them there too.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people")
public interface Person extends TenantEntity, SoftDeletable {

    /** An e-mail address as the database accepts it: a local part, an at sign and a dotted domain. */
    String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** An E.164 phone number: a plus sign, a country code and up to 15 digits in all. */
    String E164 = "\\+[1-9][0-9]{6,14}";

    Table<Person, ImmutablePerson.Builder> TABLE = PersonTable.TABLE;

    static ImmutablePerson.Builder builder() {
        return ImmutablePerson.builder();
    }

    /** The login user, an organization member; a user is at most one person of an organization. */
    Optional<UUID> userId();

    @Db.Sortable
    @Db.Sensitive
    @NotBlank
    @Size(max = 100)
    String firstName();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> lastName();

    @Db.Sensitive
    Optional<@Pattern(regexp = EMAIL, message = "must be an e-mail address such as ana@example.com") @Size(max = 320) String> email();

    @Db.Sensitive
    Optional<@Pattern(regexp = E164, message = "must be an E.164 phone number such as +4915112345678") String> phone();

    /** The job title, such as "Head Rigger". */
    Optional<@NonBlank @Size(max = 200) String> title();

    Optional<@NonBlank @Size(max = 200) String> department();

    @Db.Sortable
    @Value.Default
    default EmploymentType employmentType() {
        return EmploymentType.FREELANCE;
    }

    /** Where the person is based, as written ("East London, near Stratford"). */
    @Db.Sensitive
    Optional<@Size(max = 200) String> location();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> city();

    /** The ISO 3166-1 alpha-2 country code. */
    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String> country();

    /** The person's IANA time zone, such as {@code Europe/London}. */
    Optional<@Size(min = 1, max = 64) String> timezone();

    Optional<LocalDate> startDate();

    /** Not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    @Db.Sensitive
    Optional<@Size(max = 4000) String> bio();

    @Db.Sensitive
    Optional<@Size(max = 2048) String> avatarUrl();

    @Db.Sortable
    @Value.Default
    default PersonStatus status() {
        return PersonStatus.ACTIVE;
    }

    /** The person's manager, another person of the organization. */
    Optional<UUID> managerId();

    /** The usual day rate, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> dayRate();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /**
     * Derived by the database: the names of the competencies the person holds, by name, searchable. Whatever is written
     * here, the database stores the derived list.
     */
    @Size(max = 1000)
    java.util.List<@NotBlank @Size(max = 100) String> skills();

    /** The name as shown on lists and call sheets: first and last name. */
    default String displayName() {
        return lastName().map(last -> firstName() + " " + last).orElse(firstName());
    }

    @Value.Check
    default void check() {
        Violations.of("Person")
                .ordered(startDate(), endDate(), PeopleRules.PEOPLE_END_DATE_CHECK)
                .require(managerId().map(manager -> !manager.equals(id())).orElse(true), PeopleRules.PEOPLE_MANAGER_CHECK)
                .require(dayRate().isEmpty() || currency().isPresent(), PeopleRules.PEOPLE_DAY_RATE_CURRENCY_CHECK)
                .require(timezone().map(Organization::isKnownTimeZone).orElse(true), PeopleRules.PEOPLE_TIMEZONE_ZONE)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
