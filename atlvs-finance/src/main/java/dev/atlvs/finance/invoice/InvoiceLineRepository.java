package dev.atlvs.finance.invoice;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The line items of invoices in the current organization. */
public interface InvoiceLineRepository extends Repository<InvoiceLine> {

    /** The lines of {@code invoiceId}, in order. */
    @SqlQuery("""
            select * from atlvs.invoice_line_items
             where organization_id = :organizationId and invoice_id = :invoiceId
             order by line_number
            """)
    List<InvoiceLine> ofInvoice(UUID invoiceId);

    /** Removes every line of the draft {@code invoiceId} (the database refuses it for an issued invoice). */
    @SqlUpdate("""
            delete from atlvs.invoice_line_items
             where organization_id = :organizationId and invoice_id = :invoiceId
            """)
    int deleteOfInvoice(UUID invoiceId);
}
