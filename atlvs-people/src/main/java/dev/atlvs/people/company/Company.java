package dev.atlvs.people.company;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An external organization: a client, vendor, venue or sponsor (the role flags, any number of them). The tax id
 * and bank account are encrypted by the SDK (never stored in clear); the tax id is found through its blind index
 * ({@link CompanyRepository#findByTaxId}). {@link #rating()} is derived by the database from the company's
 * ratings and never written by hand. A blacklisted company carries a {@link #blacklistReason()}, and only then.
 * Users delete and restore companies (soft delete); a company that is a project's client is never deleted for good.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("companies")
public interface Company extends TenantEntity, SoftDeletable {

    /** An e-mail address as the database accepts it. */
    String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** An E.164 phone number. */
    String E164 = "\\+[1-9][0-9]{6,14}";
    /** An http(s) URL with a dotted host. */
    String WEB_URL = "https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?";

    Table<Company, ImmutableCompany.Builder> TABLE = CompanyTable.TABLE;

    static ImmutableCompany.Builder builder() {
        return ImmutableCompany.builder();
    }

    /** The name in everyday use, such as "Northern Rigging". */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    /** The registered name, such as "Northern Rigging Ltd". */
    Optional<@NonBlank @Size(max = 200) String> legalName();

    Optional<@Size(max = 4000) String> description();

    Optional<@NonBlank @Size(max = 100) String> industry();

    @Value.Default
    default boolean isClient() {
        return false;
    }

    @Value.Default
    default boolean isVendor() {
        return false;
    }

    @Value.Default
    default boolean isVenue() {
        return false;
    }

    @Value.Default
    default boolean isSponsor() {
        return false;
    }

    /** The web site, an http or https URL. */
    Optional<@Pattern(regexp = WEB_URL, message = "must be an http(s) URL such as https://example.com") @Size(max = 2048) String> website();

    @Db.Sensitive
    Optional<@Pattern(regexp = EMAIL, message = "must be an e-mail address such as office@example.com") @Size(max = 320) String> email();

    @Db.Sensitive
    Optional<@Pattern(regexp = E164, message = "must be an E.164 phone number such as +442071234567") String> phone();

    Optional<@Size(max = 200) String> addressLine1();

    Optional<@Size(max = 200) String> addressLine2();

    Optional<@NonBlank @Size(max = 100) String> city();

    Optional<@NonBlank @Size(max = 100) String> stateProvince();

    Optional<@NonBlank @Size(max = 20) String> postalCode();

    /** The ISO 3166-1 alpha-2 country code. */
    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String> country();

    /** The tax or VAT id; encrypted, found by equality through its blind index. */
    @Db.Encrypted(blindIndex = true)
    Optional<@NonBlank @Size(max = 64) String> taxId();

    /** The bank account (IBAN or account details); encrypted. */
    @Db.Encrypted
    Optional<@NonBlank @Size(max = 200) String> bankAccount();

    Optional<CompanySize> size();

    Optional<@Min(1800) @Max(2100) Integer> foundedYear();

    Optional<@Size(max = 2048) String> logoUrl();

    @Db.Sortable
    @Value.Default
    default CompanyStatus status() {
        return CompanyStatus.ACTIVE;
    }

    /** Why the company is blacklisted: given exactly when {@link #status()} is blacklisted. */
    Optional<@NonBlank @Size(max = 1000) String> blacklistReason();

    /**
     * Derived by the database: the average of the company's ratings, 1.00-5.00 (each rating is 1 to 5); empty without
     * ratings. Whatever is written here, the database stores the average.
     */
    @Db.Numeric(precision = 3, scale = 2)
    Optional<@Digits(integer = 1, fraction = 2) BigDecimal> rating();

    Optional<PaymentTerms> paymentTerms();

    @Value.Check
    default void check() {
        Violations.of("Company")
                .require((status() == CompanyStatus.BLACKLISTED) == blacklistReason().isPresent(), PeopleRules.COMPANIES_BLACKLIST_REASON_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
