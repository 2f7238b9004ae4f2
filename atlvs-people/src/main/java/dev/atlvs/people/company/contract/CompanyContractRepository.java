package dev.atlvs.people.company.contract;

import dev.atlvs.core.repository.Repository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The contracts of the current organization's companies. */
public interface CompanyContractRepository extends Repository<CompanyContract> {

    /** A company's contracts, newest first. */
    @SqlQuery("""
            select * from atlvs.company_contracts
             where organization_id = :organizationId and company_id = :companyId
             order by start_date desc nulls last, id desc
            """)
    List<CompanyContract> ofCompany(UUID companyId);

    /** The SOWs under an MSA, by start date. */
    @SqlQuery("""
            select * from atlvs.company_contracts
             where organization_id = :organizationId and parent_contract_id = :msaId and type = 'sow'
             order by start_date nulls last, id
            """)
    List<CompanyContract> sowsOf(UUID msaId);

    /** The sum of the values of an MSA's SOWs that count against its cap: all but the terminated and the renewed. */
    @SqlQuery("""
            select coalesce(sum(value), 0) from atlvs.company_contracts
             where organization_id = :organizationId and parent_contract_id = :msaId and type = 'sow'
               and status not in ('terminated', 'renewed')
            """)
    BigDecimal committedUnder(UUID msaId);

    /**
     * The active and pending contracts whose renewal notice window opens between {@code from} and {@code to}
     * (inclusive): renewal date less the notice days, by that date.
     */
    @SqlQuery("""
            select * from atlvs.company_contracts
             where organization_id = :organizationId and status in ('active', 'pending') and renewal_date is not null
               and renewal_date - renewal_notice_days between :from and :to
             order by renewal_date - renewal_notice_days, id
            """)
    List<CompanyContract> noticeWindowsOpening(LocalDate from, LocalDate to);

    /** The active contracts that renew by themselves and whose renewal date is on or before {@code date}. */
    @SqlQuery("""
            select * from atlvs.company_contracts
             where organization_id = :organizationId and status = 'active' and auto_renewal
               and renewal_date <= :date
             order by renewal_date, id
            """)
    List<CompanyContract> autoRenewalsDue(LocalDate date);

    /** The active contracts without automatic renewal that ended before {@code date}. */
    @SqlQuery("""
            select * from atlvs.company_contracts
             where organization_id = :organizationId and status = 'active' and not auto_renewal
               and end_date < :date
             order by end_date, id
            """)
    List<CompanyContract> endedBefore(LocalDate date);
}
