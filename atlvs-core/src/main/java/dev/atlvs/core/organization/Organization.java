package dev.atlvs.core.organization;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tenant: a production company or agency. Every other tenant record belongs to one, and its id is
 * the tenant key. Organizations are created with their first owner through the platform API.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table(value = "organizations", tenantRoot = true)
public interface Organization extends Entity {

    Table<Organization, ImmutableOrganization.Builder> TABLE = OrganizationTable.TABLE;

    /** A builder for a new organization. */
    static ImmutableOrganization.Builder builder() {
        return ImmutableOrganization.builder();
    }

    /** The display name, 1 to 200 characters. */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    /** The URL-safe handle: lower-case letters, digits and inner hyphens, at most 63 characters. Unique. */
    @Db.Sortable
    @NotBlank
    @Size(max = 63)
    @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", message = "must be lower-case letters, digits and inner hyphens")
    String slug();

    Optional<@Size(max = 4000) String> description();

    Optional<@Size(max = 2048) String> logoUrl();

    Optional<@Size(max = 2048) String> website();

    /** The ISO 4217 currency the organization reports in. */
    @Db.Char(3)
    @Value.Default
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
    default String baseCurrency() {
        return "USD";
    }

    /** The IANA time zone of the organization's head office. */
    @Value.Default
    @NotBlank
    @Size(max = 64)
    default String timezone() {
        return "UTC";
    }

    /**
     * The text search configuration (PostgreSQL's {@code pg_ts_config}) of the organization's search index:
     * {@code simple} (no stemming; names in any language) by default, or its language, such as {@code english},
     * {@code german} or {@code french}, for stemming and stop words. A name the database does not know is refused
     * under {@link dev.atlvs.core.CoreRules#ORGANIZATIONS_SEARCH_CONFIGURATION_KNOWN}. Changing it rebuilds the
     * organization's search documents in the same transaction.
     */
    @Value.Default
    @NotBlank
    @Size(max = 63)
    default String searchConfiguration() {
        return "simple";
    }

    Optional<@Size(max = 50) String> billingPlan();

    Optional<@Positive Integer> maxUsers();

    Optional<@Positive Integer> maxProjects();

    Optional<@Positive Integer> storageQuotaGb();

    Optional<@Positive Integer> apiRateLimit();

    @Value.Default
    default boolean isActive() {
        return true;
    }

    @Value.Default
    default ComplianceStatus complianceStatus() {
        return ComplianceStatus.PENDING;
    }

    /**
     * How many days the organization's audit rows stay in the live audit trail, 30 to 2555 (seven years, the
     * default). Once a month's last day is older than that, the maintenance ({@link dev.atlvs.core.maintenance.Maintenance})
     * archives the organization's rows of that month to files and removes them from the trail.
     */
    @Value.Default
    @Min(30)
    @Max(2555)
    default int auditLogRetentionDays() {
        return 2555;
    }

    /**
     * How many days the organization's webhook delivery attempts ({@code webhook_logs}) stay in the live log, 7 to
     * 2555; 90 by default, as the attempts are operational records. Archived like the audit trail.
     */
    @Value.Default
    @Min(7)
    @Max(2555)
    default int webhookLogRetentionDays() {
        return 90;
    }

    @Value.Check
    default void checkTimezone() {
        if (!isKnownTimeZone(timezone())) {
            throw dev.atlvs.core.CoreRules.ORGANIZATIONS_TIMEZONE_ZONE.exception();
        }
    }

    /** Whether {@code zone} names an IANA time zone such as {@code Europe/Berlin}. */
    static boolean isKnownTimeZone(String zone) {
        try {
            java.time.ZoneId.of(zone);
            return true;
        } catch (java.time.DateTimeException unknown) {
            return false;
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends Entity.Builder<Builder> {}
}
