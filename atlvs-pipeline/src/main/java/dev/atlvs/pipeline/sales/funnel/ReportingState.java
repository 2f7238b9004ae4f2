package dev.atlvs.pipeline.sales.funnel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the funnel is materialized in this database, and when the materialized view was last refreshed and how long
 * the refresh took (in milliseconds). Not materialized on a distributed (Citus) database: reads are live there.
 *
 * @param materialized whether the materialized view exists
 * @param refreshedAt  when its contents were computed
 * @param durationMs   how long that refresh took
 */
public record ReportingState(boolean materialized, Optional<Instant> refreshedAt, Optional<BigDecimal> durationMs) {}
