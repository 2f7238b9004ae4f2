package dev.atlvs.finance.invoice;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Invoices and credit notes of the current organization. Write them through {@link InvoiceService}; the
 * repository's own writes are held to the same rules by the database.
 */
public interface InvoiceRepository extends Repository<Invoice> {

    /** Locks {@code ids} for settlement, in id order (the order every writer locks them in), and returns them. */
    @SqlQuery("""
            select * from atlvs.invoices
             where organization_id = :organizationId and id in (<ids>)
             order by id
               for update
            """)
    List<Invoice> lockForSettlement(@BindList("ids") Collection<UUID> ids);

    /**
     * The invoices of {@code direction} in {@code currency} to {@code counterpartyName} with something open,
     * oldest first (by due date, issue date, then number).
     */
    @SqlQuery("""
            select * from atlvs.invoices
             where organization_id = :organizationId and direction = :direction and currency = :currency
               and counterparty_name = :counterpartyName and kind = 'invoice' and status in ('issued', 'partially_paid')
             order by due_date, issue_date, invoice_number
            """)
    List<Invoice> openFor(String direction, String currency, String counterpartyName);

    /** The invoices of {@code direction} open and past due on {@code asOf}, most overdue first. */
    @SqlQuery("""
            select * from atlvs.invoices
             where organization_id = :organizationId and direction = :direction and kind = 'invoice'
               and status in ('issued', 'partially_paid') and due_date < :asOf
             order by due_date, invoice_number
            """)
    List<Invoice> overdue(String direction, LocalDate asOf);

    /** The issued credit notes against {@code invoiceId}. */
    @SqlQuery("""
            select * from atlvs.invoices
             where organization_id = :organizationId and credited_invoice_id = :invoiceId and kind = 'credit_note'
               and status not in ('draft', 'void')
             order by invoice_number
            """)
    List<Invoice> creditNotesOf(UUID invoiceId);
}
