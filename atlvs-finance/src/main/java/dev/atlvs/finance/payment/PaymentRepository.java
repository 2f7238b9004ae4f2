package dev.atlvs.finance.payment;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The payments of the current organization. Record them through {@link PaymentService}. */
public interface PaymentRepository extends Repository<Payment> {

    /** The payments made or received on {@code from} to {@code to}, by date. */
    @SqlQuery("""
            select * from atlvs.payments
             where organization_id = :organizationId and paid_on between :from and :to
             order by paid_on, id
            """)
    List<Payment> paidBetween(LocalDate from, LocalDate to);
}
