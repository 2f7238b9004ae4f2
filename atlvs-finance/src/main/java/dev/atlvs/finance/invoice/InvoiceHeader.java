package dev.atlvs.finance.invoice;

import dev.atlvs.core.repository.Db;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;

/**
 * What an invoice says about its parties and itself, with its rules: shared by the draft a caller writes
 * ({@link InvoiceDraft}) and the stored invoice ({@link Invoice}).
 */
public interface InvoiceHeader {

    @Db.Fixed
    @NotNull
    InvoiceDirection direction();

    /**
     * The client (receivable) or vendor (payable) by name, as printed on the document: an issued invoice keeps it when
     * the company is renamed. {@link InvoiceService#draftFor} fills it from the company.
     */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String counterpartyName();

    /** The counterparty as one of the organization's companies ({@code dev.atlvs.people.company.Company}), where it is one. */
    Optional<UUID> counterpartyCompanyId();

    @Db.Sensitive
    Optional<@Email @Size(max = 320) String> counterpartyEmail();

    /** The vendor's own number of a payable invoice. */
    Optional<@Size(max = 100) String> vendorReference();

    Optional<UUID> projectId();

    @NotBlank
    @Size(max = 300)
    String title();

    Optional<@Size(max = 4000) String> notes();
}
