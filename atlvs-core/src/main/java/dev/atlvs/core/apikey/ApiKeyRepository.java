package dev.atlvs.core.apikey;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** API keys of the current organization. */
public interface ApiKeyRepository extends Repository<ApiKey> {

    /** The keys of member {@code userId}, newest first. */
    @SqlQuery("""
            select * from atlvs.api_keys
             where organization_id = :organizationId and user_id = :userId
             order by created_at desc, id desc
            """)
    List<ApiKey> ofUser(UUID userId);
}
