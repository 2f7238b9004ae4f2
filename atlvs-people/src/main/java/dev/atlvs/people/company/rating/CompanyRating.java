package dev.atlvs.people.company.rating;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A post-engagement rating of a company on a project, 1 to 5 in one {@link RatingCategory}. A project is rated only
 * once it is completed (or archived after completion) and the company worked on it: as its client, under a contract of
 * the company on the project, or booked on it as a vendor ({@code company_ratings_completed_work}). There is at most one
 * rating per company, project, category and reviewer (no reviewer name counts as one reviewer). The company's
 * {@code rating} is the average of its ratings, kept by the database.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("company_ratings")
public interface CompanyRating extends TenantEntity {

    Table<CompanyRating, ImmutableCompanyRating.Builder> TABLE = CompanyRatingTable.TABLE;

    static ImmutableCompanyRating.Builder builder() {
        return ImmutableCompanyRating.builder();
    }

    @NotNull
    UUID companyId();

    /** The completed project the rating is about. */
    @NotNull
    UUID projectId();

    @Value.Default
    default RatingCategory category() {
        return RatingCategory.OVERALL;
    }

    /** 1 (poor) to 5 (excellent). */
    @Db.SmallInt
    @Min(1)
    @Max(5)
    int rating();

    Optional<@Size(max = 4000) String> reviewText();

    Optional<@NonBlank @Size(max = 200) String> reviewerName();

    Optional<@NonBlank @Size(max = 200) String> reviewerTitle();

    Optional<Boolean> isRecommended();

    /** Whether the rating may be shown outside the organization. */
    @Value.Default
    default boolean isPublic() {
        return false;
    }

    List<String> strengths();

    List<String> improvements();

    Optional<Boolean> wouldHireAgain();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
