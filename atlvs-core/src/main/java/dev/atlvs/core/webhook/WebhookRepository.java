package dev.atlvs.core.webhook;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Webhook endpoints of the current organization. */
public interface WebhookRepository extends Repository<Webhook> {

    /** The active endpoints subscribed to {@code eventType}. */
    @SqlQuery("""
            select * from atlvs.webhooks
             where organization_id = :organizationId and status = 'active' and event_types @> array[cast(:eventType as text)]
             order by id
            """)
    List<Webhook> subscribedTo(String eventType);
}
