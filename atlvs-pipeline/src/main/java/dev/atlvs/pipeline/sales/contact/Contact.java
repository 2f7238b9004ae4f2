package dev.atlvs.pipeline.sales.contact;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person on the buying side of deals ({@code pipeline_contacts}): the promoter, the brand manager, procurement. A
 * contact of a client company names the company and, where the company already keeps them as a contact, that record
 * ({@link #companyContactId()}). The email is unique within the company ignoring case
 * ({@code pipeline_contacts_email_unique}). Names, email and phone identify the person and are sealed in the audit trail.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipeline_contacts")
public interface Contact extends TenantEntity {

    Table<Contact, ImmutableContact.Builder> TABLE = ContactTable.TABLE;

    static ImmutableContact.Builder builder() {
        return ImmutableContact.builder();
    }

    /** The contact's company. */
    Optional<UUID> companyId();

    /** The company's own contact record of this person, where there is one. */
    Optional<UUID> companyContactId();

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

    /** The contact's usual role in buying decisions. */
    @Value.Default
    default DealRole dealRole() {
        return DealRole.INFLUENCER;
    }

    /** The member who owns the relationship. */
    Optional<UUID> ownerUserId();

    Optional<@Size(max = 4000) String> notes();

    /** First and last name. */
    default String displayName() {
        return lastName().map(last -> firstName() + " " + last).orElse(firstName());
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
