package dev.atlvs.people.company.rating;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The ratings of the current organization's companies. */
public interface CompanyRatingRepository extends Repository<CompanyRating> {

    /** A company's ratings, oldest first. */
    @SqlQuery("""
            select * from atlvs.company_ratings
             where organization_id = :organizationId and company_id = :companyId
             order by created_at, id
            """)
    List<CompanyRating> ofCompany(UUID companyId);

    /** The ratings given on a project, by company and category. */
    @SqlQuery("""
            select * from atlvs.company_ratings
             where organization_id = :organizationId and project_id = :projectId
             order by company_id, category, id
            """)
    List<CompanyRating> ofProject(UUID projectId);
}
