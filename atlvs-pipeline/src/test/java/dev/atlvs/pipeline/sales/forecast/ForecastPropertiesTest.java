package dev.atlvs.pipeline.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.sales.SalesData;
import dev.atlvs.pipeline.sales.SalesData.Stages;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The weighted forecast over random open deals. */
@AtlvsTest
class ForecastPropertiesTest {
    private static final Instant MAY = Instant.parse("2026-05-04T09:00:00Z");

    @PropertyTest(tries = 12)
    void theWeightedForecastIsTheSumOfValueTimesProbabilityOfTheOpenDealsOfThePeriod(Gen gen, Fixtures fixtures) {
        // given: random deals in random open stages, some with their own probability, some outside the month or closed
        OrganizationFixture org = fixtures.organization("Weighted " + gen.seed());
        BigDecimal expected = org.asOwner(tx -> {
            Stages s = SalesData.pipeline(tx, "Festivals", 14);
            BigDecimal sum = BigDecimal.ZERO;
            int deals = gen.intBetween(0, 12);
            for (int i = 0; i < deals; i++) {
                UUID stage = gen.oneOf(s.lead(), s.qualified(), s.proposal(), s.negotiation());
                BigDecimal value = gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("250000"), 2);
                boolean inJuly = gen.chance(0.8);
                LocalDate close = inJuly ? LocalDate.of(2026, 7, gen.intBetween(1, 31)) : LocalDate.of(2026, 8, gen.intBetween(1, 31));
                UUID deal = SalesData.deal(tx, s, stage, "Deal " + i, value, "USD", close, MAY);
                int probability = s.probability(stage);
                if (gen.chance(0.3)) {
                    probability = gen.intBetween(0, 100);
                    tx.handle().createUpdate("update atlvs.pipeline_opportunities set probability_override = :p where id = :id")
                            .bind("p", probability).bind("id", deal).execute();
                }
                boolean closed = gen.chance(0.15);
                if (closed) {
                    SalesData.move(tx, deal, gen.oneOf(s.won(), s.lost()), MAY.plusSeconds(3600));
                }
                if (inJuly && !closed) {
                    sum = sum.add(value.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100)));
                }
            }
            return sum.setScale(2, RoundingMode.HALF_UP);
        });

        // when
        Forecast july = org.asOwner(tx -> new ForecastService(tx).forecast(ForecastPeriod.month(YearMonth.of(2026, 7)),
                ForecastScope.organization(), LocalDate.of(2026, 7, 1)));

        // then
        assertThat(july.weighted().amount()).isEqualByComparingTo(expected);
        assertThat(july.weighted()).isLessThanOrEqualTo(july.pipeline());
        assertThat(july.commit()).isLessThanOrEqualTo(july.bestCase());
        assertThat(july.bestCase()).isLessThanOrEqualTo(july.pipeline());
    }
}
