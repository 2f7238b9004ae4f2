package dev.atlvs.finance.forecast;

/** How sure a forecast is. */
public enum ConfidenceLevel {
    LOW, MEDIUM, HIGH
}
