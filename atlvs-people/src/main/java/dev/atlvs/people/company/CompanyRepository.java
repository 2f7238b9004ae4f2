package dev.atlvs.people.company;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The companies of the current organization. */
public interface CompanyRepository extends SoftDeleteRepository<Company> {

    /** The live companies whose tax id is {@code taxId} (through its blind index; the value never reaches the database). */
    default List<Company> findByTaxId(String taxId) {
        return findByBlindIndex("tax_id", taxId).stream().filter(company -> company.deletedAt().isEmpty()).toList();
    }

    /** The live companies named {@code name}, ignoring case. */
    @SqlQuery("""
            select * from atlvs.companies
             where organization_id = :organizationId and lower(name) = lower(:name) and deleted_at is null
             order by name, id
            """)
    List<Company> findByName(String name);

    /** The live companies in a status, by name. */
    @SqlQuery("""
            select * from atlvs.companies
             where organization_id = :organizationId and status = :status and deleted_at is null
             order by name, id
            """)
    List<Company> withStatus(CompanyStatus status);

    /** The live vendors (companies with the vendor flag), by name. */
    @SqlQuery("""
            select * from atlvs.companies
             where organization_id = :organizationId and is_vendor and deleted_at is null
             order by name, id
            """)
    List<Company> vendors();

    /** Every live company, by name: the input of the duplicate detection. */
    @SqlQuery("""
            select * from atlvs.companies
             where organization_id = :organizationId and deleted_at is null
             order by name, id
            """)
    List<Company> live();

}
