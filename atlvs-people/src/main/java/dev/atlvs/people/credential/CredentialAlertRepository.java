package dev.atlvs.people.credential;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The expiry alerts sent in the current organization. */
public interface CredentialAlertRepository extends Repository<CredentialAlert> {

    /**
     * Records the alert of one credential at one threshold unless it was recorded already; returns its id when this call
     * recorded it. Concurrent monitors record each alert once (the unique key decides).
     */
    @SqlQuery("""
            insert into atlvs.credential_alerts
                   (organization_id, credential_type, credential_id, expiry_date, threshold_days, alerted_on, recipients)
            values (:organizationId, :credentialType, :credentialId, :expiryDate, :thresholdDays, :alertedOn, :recipients)
            on conflict on constraint credential_alerts_unique do nothing
            returning id
            """)
    Optional<UUID> record(String credentialType, UUID credentialId, LocalDate expiryDate, int thresholdDays, LocalDate alertedOn,
            int recipients);

    /** The alerts of one credential, oldest first. */
    @SqlQuery("""
            select * from atlvs.credential_alerts
             where organization_id = :organizationId and credential_type = :credentialType and credential_id = :credentialId
             order by created_at, id
            """)
    List<CredentialAlert> of(String credentialType, UUID credentialId);
}
