package dev.atlvs.core.internal;

import dev.atlvs.core.event.DomainEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Reads stored events: the one mapping of a row of {@code atlvs.domain_events}. */
public final class DomainEventRows {

    private DomainEventRows() {}

    /** Maps a row of {@code atlvs.domain_events}. */
    public static DomainEvent map(ResultSet row) throws SQLException {
        return new DomainEvent(
                row.getObject("id", UUID.class),
                row.getObject("organization_id", UUID.class),
                row.getString("aggregate_type"),
                row.getObject("aggregate_id", UUID.class),
                row.getLong("sequence"),
                row.getString("event_type"),
                row.getString("payload"),
                Optional.ofNullable(row.getObject("actor_id", UUID.class)),
                Optional.ofNullable(row.getObject("correlation_id", UUID.class)),
                row.getLong("transaction_id"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
