/**
 * Ratings of companies after completed work, and vendor scorecards built on {@link dev.atlvs.people.company.BayesianAverage}.
 *
 * <pre>{@code
 * tx.repository(CompanyRatingRepository.class).insert(CompanyRating.builder().organizationId(tx.organizationId())
 *         .companyId(vendor.id()).projectId(festival.id()).category(RatingCategory.QUALITY).rating(5)
 *         .reviewerName("Production Manager").wouldHireAgain(true).build());
 * Scorecard card = new VendorScorecards(tx).of(vendor.id(), ScorecardWeights.DEFAULT);
 * }</pre>
 */
package dev.atlvs.people.company.rating;
