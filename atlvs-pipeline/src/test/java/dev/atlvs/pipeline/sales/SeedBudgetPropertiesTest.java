package dev.atlvs.pipeline.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.DealSize;
import dev.atlvs.pipeline.sales.deal.SeedBudget;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.util.List;

@AtlvsTest
class SeedBudgetPropertiesTest {

    /** Whatever the value, share and minor unit, the lines of a seed budget add up to its amount at the currency's scale. */
    @PropertyTest(tries = 200)
    void theLinesOfASeedBudgetAddUpToItsAmount(Gen gen) {
        // given
        BigDecimal value = gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("5000000"), 4);
        BigDecimal share = gen.decimalBetween(new BigDecimal("0.01"), BigDecimal.ONE, 2);
        int scale = gen.oneOf(0, 2, 3);
        SeedBudget seed = SeedBudget.DEFAULT.withShare(share);

        // when
        BigDecimal amount = seed.amount(value, scale);
        List<BigDecimal> lines = seed.split(amount, scale);

        // then
        assertThat(amount.scale()).isEqualTo(scale);
        assertThat(lines).hasSize(seed.lines().size());
        assertThat(lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
        assertThat(lines).allSatisfy(line -> assertThat(line.scale()).isLessThanOrEqualTo(scale));
    }

    /** The value band the database derives is the one {@link DealSize#of} gives. */
    @PropertyTest(tries = 20)
    void theDatabaseDerivesTheSizeBandDealSizeGives(Gen gen, Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Size bands " + gen.seed());
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        BigDecimal value = gen.oneOf(new BigDecimal("24999.9999"), new BigDecimal("25000"), new BigDecimal("99999.99"),
                new BigDecimal("100000"), new BigDecimal("500000"), gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("900000"), 2));

        // when
        Deal deal = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Sized deal", "1")
                .value(value).build()));

        // then
        assertThat(deal.dealSize()).contains(DealSize.of(value));
    }
}
