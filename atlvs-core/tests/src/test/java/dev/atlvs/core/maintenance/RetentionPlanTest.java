package dev.atlvs.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each organization's retention settings, and the plan they make: what is due, per log, month and organization. */
@AtlvsTest
class RetentionPlanTest {

    @Test
    void aNewOrganizationKeepsAuditRowsSevenYearsAndWebhookAttemptsNinetyDays(Fixtures fixtures, Atlvs atlvs) {
        // given
        OrganizationFixture org = fixtures.organization("Default Retention Live");

        // when
        Organization stored = atlvs.platform().getOrganization(org.id());

        // then
        assertThat(stored.auditLogRetentionDays()).isEqualTo(2555);
        assertThat(stored.webhookLogRetentionDays()).isEqualTo(90);
    }

    @Test
    void thePlatformChangesAnOrganizationsRetention(Fixtures fixtures, Atlvs atlvs) {
        // given
        OrganizationFixture org = fixtures.organization("Short Memory Live");

        // when
        LiveRows.withRetention(atlvs, org, 365, 14);

        // then
        Organization stored = atlvs.platform().getOrganization(org.id());
        assertThat(stored.auditLogRetentionDays()).isEqualTo(365);
        assertThat(stored.webhookLogRetentionDays()).isEqualTo(14);
    }

    @Test
    void aRetentionBelowTheMinimumIsRefusedNamingTheFieldAndTheRule(Fixtures fixtures, Atlvs atlvs) {
        // given
        OrganizationFixture org = fixtures.organization("Forgetful Live");
        Organization current = atlvs.platform().getOrganization(org.id());

        // when / then
        assertThatThrownBy(() -> atlvs.platform().updateOrganization(ImmutableOrganization.copyOf(current).withAuditLogRetentionDays(29)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("auditLogRetentionDays", "organizations_audit_log_retention_days_check")));
        assertThatThrownBy(() -> atlvs.platform().updateOrganization(ImmutableOrganization.copyOf(current).withWebhookLogRetentionDays(2556)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("webhookLogRetentionDays", "organizations_webhook_log_retention_days_check")));
    }

    @Test
    void thePlanHoldsTheMonthsPastEachOrganizationsOwnRetention(Fixtures fixtures, Atlvs atlvs, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture brief = fixtures.organization("Brief Memory Live");
        OrganizationFixture lasting = fixtures.organization("Lasting Memory Live");
        LiveRows.withRetention(atlvs, brief, 30, 7);
        LiveRows.withRetention(atlvs, lasting, 2555, 2555);
        for (OrganizationFixture org : new OrganizationFixture[] {brief, lasting}) {
            org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org.id()).name("Main Stage").type(LocationType.VENUE).build()));
            LiveRows.webhookAttempts(database, org, 2, "now()");
        }
        LocalDate today = LiveRows.whenThisMonthIsPast(30);

        // when
        RetentionPlan plan = LiveRows.maintenance(database).plan(today);

        // then
        long briefAuditRows = LiveRows.rows(database, "audit_logs", brief.id()).rows();
        assertThat(plan.due()).filteredOn(due -> due.organizationId().equals(brief.id()))
                .extracting(RetentionPlan.Due::table, RetentionPlan.Due::month, RetentionPlan.Due::retentionDays, RetentionPlan.Due::rows)
                .containsExactly(tuple(LogTable.AUDIT_LOGS, LiveRows.thisMonth(), 30, briefAuditRows),
                        tuple(LogTable.WEBHOOK_LOGS, LiveRows.thisMonth(), 7, 2L));
        assertThat(plan.due()).noneMatch(due -> due.organizationId().equals(lasting.id()));
    }

    @Test
    void nothingIsDueTheDayBeforeTheRetentionPassesTheMonthsEnd(Fixtures fixtures, Atlvs atlvs, TestDatabase database) {
        // given
        OrganizationFixture org = fixtures.organization("Not Yet Live");
        LiveRows.withRetention(atlvs, org, 30, 30);
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Side Stage").type(LocationType.VENUE).build()));

        // when
        RetentionPlan plan = LiveRows.maintenance(database).plan(LiveRows.whenThisMonthIsPast(30).minusDays(1));

        // then
        assertThat(plan.due()).noneMatch(due -> due.organizationId().equals(org.id()));
    }
}
