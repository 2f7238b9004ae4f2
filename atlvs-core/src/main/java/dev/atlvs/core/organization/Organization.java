package dev.atlvs.core.organization;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Table;
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
public interface Organization extends Entity {

    Table<Organization, ImmutableOrganization.Builder> TABLE = Table
            .tenantRoot("organizations", Organization.class, ImmutableOrganization::builder, ImmutableOrganization.Builder::build)
            .column("name", ColumnType.TEXT, Organization::name, ImmutableOrganization.Builder::name).sortable()
            .column("slug", ColumnType.TEXT, Organization::slug, ImmutableOrganization.Builder::slug).sortable()
            .optional("description", ColumnType.TEXT, Organization::description, ImmutableOrganization.Builder::description)
            .optional("logo_url", ColumnType.TEXT, Organization::logoUrl, ImmutableOrganization.Builder::logoUrl)
            .optional("website", ColumnType.TEXT, Organization::website, ImmutableOrganization.Builder::website)
            .column("base_currency", ColumnType.character(3), Organization::baseCurrency, ImmutableOrganization.Builder::baseCurrency)
            .column("timezone", ColumnType.TEXT, Organization::timezone, ImmutableOrganization.Builder::timezone)
            .optional("billing_plan", ColumnType.TEXT, Organization::billingPlan, ImmutableOrganization.Builder::billingPlan)
            .optional("max_users", ColumnType.INTEGER, Organization::maxUsers, ImmutableOrganization.Builder::maxUsers)
            .optional("max_projects", ColumnType.INTEGER, Organization::maxProjects, ImmutableOrganization.Builder::maxProjects)
            .optional("storage_quota_gb", ColumnType.INTEGER, Organization::storageQuotaGb, ImmutableOrganization.Builder::storageQuotaGb)
            .optional("api_rate_limit", ColumnType.INTEGER, Organization::apiRateLimit, ImmutableOrganization.Builder::apiRateLimit)
            .column("is_active", ColumnType.BOOLEAN, Organization::isActive, ImmutableOrganization.Builder::isActive)
            .column("compliance_status", ColumnType.enumeration(ComplianceStatus.class), Organization::complianceStatus,
                    ImmutableOrganization.Builder::complianceStatus)
            .build();

    /** A builder for a new organization. */
    static ImmutableOrganization.Builder builder() {
        return ImmutableOrganization.builder();
    }

    /** The display name, 1 to 200 characters. */
    @NotBlank
    @Size(max = 200)
    String name();

    /** The URL-safe handle: lower-case letters, digits and inner hyphens, at most 63 characters. Unique. */
    @NotBlank
    @Size(max = 63)
    @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", message = "must be lower-case letters, digits and inner hyphens")
    String slug();

    Optional<@Size(max = 4000) String> description();

    Optional<@Size(max = 2048) String> logoUrl();

    Optional<@Size(max = 2048) String> website();

    /** The ISO 4217 currency the organization reports in. */
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
