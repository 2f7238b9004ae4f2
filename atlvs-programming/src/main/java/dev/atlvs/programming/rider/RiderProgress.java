package dev.atlvs.programming.rider;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How far a rider's fulfilment has come.
 *
 * @param riderId the rider
 * @param mandatoryFulfilled the mandatory items fulfilled
 * @param mandatoryTotal the mandatory items
 * @param fulfilled all items fulfilled, mandatory or not
 * @param total all items
 * @param costSoFar the cost of the fulfilled items, in {@code currency}
 * @param totalCost the cost of all items, in {@code currency}
 * @param currency the rider's currency
 */
public record RiderProgress(UUID riderId, int mandatoryFulfilled, int mandatoryTotal, int fulfilled, int total,
        BigDecimal costSoFar, BigDecimal totalCost, String currency) {

    public RiderProgress {
        requireNonNull(riderId, "riderId is null");
        requireNonNull(costSoFar, "costSoFar is null");
        requireNonNull(totalCost, "totalCost is null");
        requireNonNull(currency, "currency is null");
    }

    /** Whether every mandatory item is fulfilled, so that the rider may be. */
    public boolean fulfillable() {
        return mandatoryFulfilled == mandatoryTotal;
    }
}
