package dev.atlvs.people.company.contract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * How much of an MSA's cap its SOWs take: the cap (the MSA's value, when it has one), what the SOWs that are not
 * terminated or renewed commit, and what remains.
 *
 * @param msaId the MSA
 * @param cap the MSA's value, empty when it has no cap
 * @param committed the sum of its SOWs' values that count against the cap
 * @param remaining the cap less what is committed, empty without a cap
 * @param currency the MSA's currency, when it has one
 */
public record CapConsumption(UUID msaId, Optional<BigDecimal> cap, BigDecimal committed, Optional<BigDecimal> remaining,
        Optional<String> currency) {
    public CapConsumption {
        requireNonNull(msaId, "msaId is null");
        requireNonNull(cap, "cap is null");
        requireNonNull(committed, "committed is null");
        requireNonNull(remaining, "remaining is null");
        requireNonNull(currency, "currency is null");
    }
}
