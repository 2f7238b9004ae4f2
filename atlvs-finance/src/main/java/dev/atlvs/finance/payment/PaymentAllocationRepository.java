package dev.atlvs.finance.payment;

import dev.atlvs.core.repository.Repository;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The payment allocations of the current organization. */
public interface PaymentAllocationRepository extends Repository<PaymentAllocation> {

    /** The allocations of {@code paymentId}. */
    @SqlQuery("""
            select * from atlvs.payment_allocations
             where organization_id = :organizationId and payment_id = :paymentId
             order by invoice_id
            """)
    List<PaymentAllocation> ofPayment(UUID paymentId);

    /** The allocations to {@code invoiceId}, oldest first. */
    @SqlQuery("""
            select * from atlvs.payment_allocations
             where organization_id = :organizationId and invoice_id = :invoiceId
             order by allocated_on, id
            """)
    List<PaymentAllocation> ofInvoice(UUID invoiceId);

    /** The part of {@code invoiceId}'s booked base amount its allocations have settled so far. */
    @SqlQuery("""
            select coalesce(sum(base_amount), 0) from atlvs.payment_allocations
             where organization_id = :organizationId and invoice_id = :invoiceId
            """)
    BigDecimal settledBase(UUID invoiceId);
}
