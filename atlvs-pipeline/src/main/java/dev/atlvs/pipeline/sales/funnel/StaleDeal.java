package dev.atlvs.pipeline.sales.funnel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An active deal nobody has touched for longer than its pipeline's {@code stale_after_days}, with no open activity due
 * in the future.
 *
 * @param id          the deal
 * @param title       its title
 * @param stageId     its stage
 * @param ownerUserId its owner, if any
 * @param value       its value, if any
 * @param currency    the value's currency, if any
 * @param lastTouch   its last move or activity (the latest of when it entered its stage and when an activity was
 *                    completed or, when open, written)
 * @param idleDays    whole days since then
 */
public record StaleDeal(UUID id, String title, UUID stageId, Optional<UUID> ownerUserId, Optional<BigDecimal> value,
        Optional<String> currency, Instant lastTouch, int idleDays) {}
