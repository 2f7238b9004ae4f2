package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.rating.CompanyRating;
import dev.atlvs.people.company.rating.CompanyRatingRepository;
import dev.atlvs.people.company.rating.RatingCategory;
import dev.atlvs.people.company.rating.Scorecard;
import dev.atlvs.people.company.rating.ScorecardWeights;
import dev.atlvs.people.company.rating.VendorScorecards;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ratings of companies after completed work, and the vendor scorecard built on them. */
@AtlvsTest
class CompanyRatingTest {

    @Test
    void aRatingBeforeAnyCompletedWorkIsRefusedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given: the vendor is booked on a festival still in planning
        OrganizationFixture acme = fixtures.organization("Premature Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project planned = ProjectFixtures.project(acme, "Harbour Festival");
        long before = Rows.count(database, "company_ratings");

        // when / then
        assertThatThrownBy(() -> CompanyFixtures.rating(acme, vendor, planned, RatingCategory.OVERALL, 5, "Production Manager", true))
                .isInstanceOfSatisfying(ValidationException.class, CompanyRatingTest::assertWithoutWork);
        assertThat(Rows.count(database, "company_ratings")).isEqualTo(before);
    }

    @Test
    void aRatingBeforeAnyCompletedWorkIsRefusedByTheDatabase(Fixtures fixtures) {
        // given: a completed project the company had nothing to do with
        OrganizationFixture acme = fixtures.organization("Premature Raw Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project other = CompanyFixtures.completedFestival(acme, CompanyFixtures.vendor(acme, "Other Power"));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.company_ratings (organization_id, company_id, project_id, rating)
                values (:organizationId, :company, :project, 5)
                """, Map.of("company", vendor.id(), "project", other.id())))
                .isInstanceOfSatisfying(ValidationException.class, CompanyRatingTest::assertWithoutWork);
    }

    @Test
    void theClientOfACompletedProjectIsRated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Client Rated Live");
        Company client = CompanyFixtures.client(acme, "Harbour Festival Ltd");
        Project festival = acme.asOwner(tx -> {
            ProjectService projects = new ProjectService(tx);
            Project created = projects.create(ProjectFixtures.projectBuilder(acme, "Harbour Festival").clientCompanyId(client.id()).build());
            projects.changeStatus(created.id(), ProjectStatus.ACTIVE);
            return projects.changeStatus(created.id(), ProjectStatus.COMPLETED);
        });

        // when
        CompanyRating rating = CompanyFixtures.rating(acme, client, festival, RatingCategory.COMMUNICATION, 4, "Account Director", true);

        // then
        java.util.List<CompanyRating> ratings = acme.asOwner(tx -> tx.repository(CompanyRatingRepository.class).ofCompany(client.id()));
        assertThat(ratings).containsExactly(rating);
    }

    @Test
    void aReviewerRatesACategoryOfAProjectOnceEvenWithoutAName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Once Rated Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project festival = CompanyFixtures.completedFestival(acme, vendor);
        CompanyRating anonymous = CompanyRating.builder().organizationId(acme.id()).companyId(vendor.id()).projectId(festival.id()).rating(4).build();
        acme.asOwner(tx -> tx.repository(CompanyRatingRepository.class).insert(anonymous));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(CompanyRatingRepository.class)
                .insert(CompanyRating.builder().from(anonymous).id(dev.atlvs.core.repository.Ids.newId()).rating(2).build())))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("company_ratings_unique");
    }

    @Test
    void theScorecardWeighsTheCategoriesBayesianAverages(Fixtures fixtures) {
        // given: overall 5, quality 4, timeliness 3 by one reviewer who would hire again, and a second overall 4 who would not
        OrganizationFixture acme = fixtures.organization("Scorecard Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project festival = CompanyFixtures.completedFestival(acme, vendor);
        CompanyFixtures.ratingsAfterFestival(acme, vendor, festival);
        CompanyFixtures.rating(acme, vendor, festival, RatingCategory.OVERALL, 4, "Site Manager", false);

        // when
        Scorecard card = acme.asOwner(tx -> new VendorScorecards(tx).of(vendor.id(), ScorecardWeights.DEFAULT));

        // then: with a prior of 3 worth 3 ratings, overall (5+4+9)/5 = 3.6, quality (4+9)/4 = 3.25, timeliness (3+9)/4 = 3;
        // weighted (3.6×2 + 3.25×2 + 3×1.5) / 5.5 = 3.3091
        assertThat(card).isEqualTo(new Scorecard(vendor.id(), Optional.of(new BigDecimal("3.3091")), Map.of(
                RatingCategory.OVERALL, new Scorecard.CategoryScore(2, new BigDecimal("4.5000"), new BigDecimal("3.6000")),
                RatingCategory.QUALITY, new Scorecard.CategoryScore(1, new BigDecimal("4.0000"), new BigDecimal("3.2500")),
                RatingCategory.TIMELINESS, new Scorecard.CategoryScore(1, new BigDecimal("3.0000"), new BigDecimal("3.0000"))),
                4, Optional.of(new BigDecimal("75.00"))));
    }

    @Test
    void aVendorWithoutRatingsHasNoScore(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Unrated Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");

        // when
        Scorecard card = acme.asOwner(tx -> new VendorScorecards(tx).of(vendor.id(), ScorecardWeights.DEFAULT));

        // then
        assertThat(card).isEqualTo(new Scorecard(vendor.id(), Optional.empty(), Map.of(), 0, Optional.empty()));
    }

    private static void assertWithoutWork(ValidationException e) {
        assertThat(e.code()).isEqualTo(PeopleErrorCode.RATING_WITHOUT_COMPLETED_WORK);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("projectId", "company_ratings_completed_work"));
    }
}
