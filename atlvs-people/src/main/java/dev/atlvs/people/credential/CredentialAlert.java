package dev.atlvs.people.credential;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * An expiry alert the {@link ExpiryMonitor} has sent: one per credential, expiry date and threshold, so that each
 * threshold is notified once; a renewed credential (a new expiry date) is alerted anew.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("credential_alerts")
public interface CredentialAlert extends TenantEntity {

    Table<CredentialAlert, ImmutableCredentialAlert.Builder> TABLE = CredentialAlertTable.TABLE;

    static ImmutableCredentialAlert.Builder builder() {
        return ImmutableCredentialAlert.builder();
    }

    /** The entity type of the credential's table ({@code certification}). */
    @Db.Fixed
    @Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be an entity type such as certification")
    String credentialType();

    @Db.Fixed
    UUID credentialId();

    @Db.Fixed
    LocalDate expiryDate();

    /** Days before the expiry date the alert is for; 0 is the day itself. */
    @Db.Fixed
    @PositiveOrZero
    int thresholdDays();

    /** The day the monitor ran. */
    LocalDate alertedOn();

    /** How many users were notified. */
    @PositiveOrZero
    int recipients();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
