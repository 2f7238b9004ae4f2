package dev.atlvs.pipeline.testing;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.pipeline.sales.forecast.ForecastPeriod;
import dev.atlvs.pipeline.sales.forecast.ForecastScope;
import dev.atlvs.pipeline.sales.forecast.ForecastService;
import dev.atlvs.pipeline.sales.forecast.PipelineForecast;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Fixture builders of forecast snapshots.
 *
 * <pre>{@code
 * PipelineForecast q3 = ForecastFixtures.snapshot(org);   // the organization's third quarter of 2026, with a quota
 * }</pre>
 */
public final class ForecastFixtures {

    private ForecastFixtures() {}

    /** A snapshot of the organization's forecast for the third quarter of 2026, with a quota, as its owner. */
    public static PipelineForecast snapshot(FixtureOrganization org) {
        return org.asOwner(tx -> new ForecastService(tx).snapshot(ForecastPeriod.quarter(2026, 3),
                ForecastScope.organization().withTeam("Festival sales"), Optional.of(new BigDecimal("250000.0000")),
                Optional.of("Quarter opening forecast")));
    }

    /** A snapshot of the organization's forecast for {@code month}, without quota. */
    public static PipelineForecast snapshot(FixtureOrganization org, YearMonth month) {
        return org.asOwner(tx -> new ForecastService(tx).snapshot(ForecastPeriod.month(month), ForecastScope.organization(),
                Optional.empty(), Optional.empty()));
    }
}
