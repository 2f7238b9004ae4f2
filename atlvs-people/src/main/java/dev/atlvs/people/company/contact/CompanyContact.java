package dev.atlvs.people.company.contact;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person at a company: the production contact, the accounts-payable contact. A company has at most one primary
 * contact ({@code company_contacts_primary_unique}, reported on {@link #isPrimary()}); inactive contacts stay on record
 * but are left off distribution lists ({@link CompanyContactRepository#distributionList}). A contact who is also a
 * person of the directory names them in {@link #personId()}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("company_contacts")
public interface CompanyContact extends TenantEntity {

    Table<CompanyContact, ImmutableCompanyContact.Builder> TABLE = CompanyContactTable.TABLE;

    static ImmutableCompanyContact.Builder builder() {
        return ImmutableCompanyContact.builder();
    }

    @NotNull
    UUID companyId();

    @Db.Sortable
    @Db.Sensitive
    @NotBlank
    @Size(max = 100)
    String firstName();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> lastName();

    Optional<@NonBlank @Size(max = 200) String> title();

    @Db.Sensitive
    Optional<@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address such as ana@example.com")
            @Size(max = 320) String> email();

    @Db.Sensitive
    Optional<@Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 phone number such as +4915112345678") String> phone();

    Optional<@NonBlank @Size(max = 200) String> department();

    /** Whether this is the company's primary contact; at most one contact of a company is. */
    @Value.Default
    default boolean isPrimary() {
        return false;
    }

    /** Whether the contact is still reached; inactive contacts are left off distribution lists. */
    @Value.Default
    default boolean isActive() {
        return true;
    }

    /** The contact as a person of the directory, where they are one. */
    Optional<UUID> personId();

    Optional<@Size(max = 4000) String> notes();

    /** First and last name. */
    default String displayName() {
        return lastName().map(last -> firstName() + " " + last).orElse(firstName());
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
