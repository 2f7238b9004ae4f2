package dev.atlvs.finance.revenue;

/** Where income comes from. */
public enum RevenueSource {
    FEE, SPONSORSHIP, TICKETING, MERCH, RENTAL, OTHER
}
