package dev.atlvs.finance.forecast;

/** How a forecast's figures were made: entered by hand, extrapolated from the run rate, from budget burn, or weighted from the sales pipeline. */
public enum ForecastMethod {
    MANUAL, RUN_RATE, BUDGET_BURN, PIPELINE_WEIGHTED
}
