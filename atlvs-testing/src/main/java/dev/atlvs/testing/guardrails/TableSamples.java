package dev.atlvs.testing.guardrails;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.Memberships;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.testing.FinanceFixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.ProjectFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One sample row per tenant table, written through the SDK into a given organization, so that the
 * generated suites can probe every table. A module that adds a tenant table adds its sample here; the
 * suites fail for a registered table without one.
 */
public final class TableSamples {

    /** Fiscal periods of one organization never overlap: each sample gets a year of its own. */
    private static final java.util.concurrent.atomic.AtomicLong PERIOD_YEARS = new java.util.concurrent.atomic.AtomicLong();

    private static final Map<String, Function<OrganizationFixture, UUID>> SAMPLES = Map.ofEntries(
            Map.entry("organizations", OrganizationFixture::id),
            Map.entry("organization_members", org -> {
                UUID user = org.newUser().id();
                return org.asOwner(tx -> new Memberships(tx.repository(MemberRepository.class))
                        .admit(org.id(), user, MemberRole.VIEWER, tx.now()).id());
            }),
            Map.entry("custom_roles", TableSamples::customRole),
            Map.entry("user_roles", org -> {
                UUID role = customRole(org);
                return org.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                        .organizationId(org.id()).userId(org.owner().id()).roleId(role).grantedAt(tx.now()).build()).id());
            }),
            Map.entry("user_permissions", org -> org.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(UserPermission.builder()
                    .organizationId(org.id()).userId(org.owner().id()).permission("core.locations.export").grantedAt(tx.now()).build()).id())),
            Map.entry("user_profiles", org -> {
                UUID member = org.addMember(MemberRole.CONTRIBUTOR).id();
                return org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                        .organizationId(org.id()).userId(member).jobTitle("Production Manager").city("Berlin").country("DE").build()).id());
            }),
            Map.entry("locations", org -> org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org.id()).name("Main Stage").type(LocationType.VENUE).city("Berlin").country("DE").build()).id())),
            Map.entry("comments", TableSamples::comment),
            Map.entry("comment_reactions", org -> {
                UUID comment = comment(org);
                return org.asOwner(tx -> new CommentService(tx).react(comment, "\uD83D\uDC4D").id());
            }),
            Map.entry("storage_files", TableSamples::storageFile),
            Map.entry("attachments", org -> {
                EntityRef stage = location(org);
                UUID file = storageFile(org);
                return org.asOwner(tx -> new AttachmentService(tx).attach(stage, file, AttachmentLabel.STAGE_PLOT).id());
            }),
            Map.entry("tags", TableSamples::tag),
            Map.entry("taggings", org -> {
                EntityRef stage = location(org);
                UUID tag = tag(org);
                return org.asOwner(tx -> new TagService(tx).tag(stage, tag).id());
            }),
            Map.entry("projects", org -> ProjectFixtures.project(org).id()),
            Map.entry("project_members", org -> ProjectFixtures.manager(org, ProjectFixtures.project(org)).id()),
            Map.entry("project_milestones", org -> ProjectFixtures.milestone(org, ProjectFixtures.project(org), "Show day",
                    java.time.LocalDate.of(2026, 9, 18)).id()),
            Map.entry("project_tasks", org -> ProjectFixtures.task(org, ProjectFixtures.project(org), "Submit the event permit").id()),
            Map.entry("project_dependencies", org -> {
                dev.atlvs.projects.project.Project project = ProjectFixtures.project(org);
                return ProjectFixtures.dependency(org, ProjectFixtures.task(org, project, "Submit the event permit"),
                        ProjectFixtures.task(org, project, "Build the main stage")).id();
            }),
            Map.entry("project_resources", org -> ProjectFixtures.riggingCrew(org, ProjectFixtures.project(org)).id()),
            Map.entry("project_timelines", org -> ProjectFixtures.loadInPhase(org, ProjectFixtures.project(org)).id()),
            Map.entry("project_budgets", org -> ProjectFixtures.equipmentBudget(org, ProjectFixtures.project(org)).id()),
            Map.entry("accounts", org -> FinanceFixtures.account(org, AccountType.ASSET, "Cash").id()),
            Map.entry("fiscal_periods", org -> {
                int year = 2100 + (int) (PERIOD_YEARS.incrementAndGet() % 800);
                return FinanceFixtures.period(org, "FY" + year, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)).id();
            }),
            Map.entry("journal_entries", org -> FinanceFixtures.draftEntry(org).id()),
            Map.entry("journal_lines", org -> FinanceFixtures.draftLine(org, FinanceFixtures.draftEntry(org),
                    FinanceFixtures.account(org, AccountType.EXPENSE, "Stage hire")).id()),
            Map.entry("exchange_rates", org -> org.asOwner(tx -> new dev.atlvs.finance.currency.ExchangeRates(tx)
                    .record("USD", "EUR", new java.math.BigDecimal("0.9213"), java.time.LocalDate.of(2026, 7, 1), "ECB").id())),
            Map.entry("posting_accounts", org -> {
                UUID account = FinanceFixtures.account(org, AccountType.ASSET, "Accounts receivable").id();
                return org.asOwner(tx -> new dev.atlvs.finance.account.ChartOfAccounts(tx)
                        .assign(dev.atlvs.finance.account.PostingPurpose.ACCOUNTS_RECEIVABLE, account).id());
            }),
            Map.entry("document_sequences", org -> {
                FinanceFixtures.documentNumber(org, "invoice");
                return org.asOwner(tx -> tx.repository(dev.atlvs.finance.numbering.DocumentSequenceRepository.class)
                        .find("invoice", 2026).orElseThrow().id());
            }),
            Map.entry("budgets", org -> FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id()),
            Map.entry("budget_lines", org -> FinanceFixtures.budgetLine(org, FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"))).id()),
            Map.entry("expense_policies", org -> FinanceFixtures.expensePolicy(org, "75.00").id()),
            Map.entry("expenses", org -> FinanceFixtures.expense(org, org.owner(), FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival")),
                    "48.90").id()),
            Map.entry("revenue", org -> FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id()),
            Map.entry("revenue_recognitions", org -> {
                UUID revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id();
                return org.asOwner(tx -> new dev.atlvs.finance.revenue.RevenueService(tx).scheduleOf(revenue).get(0).id());
            }),
            Map.entry("forecasts", org -> FinanceFixtures.forecast(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id()),
            Map.entry("finance_accounts", org -> FinanceFixtures.financeAccount(org, "USD").id()),
            Map.entry("invoices", org -> FinanceFixtures.draftInvoice(org).id()),
            Map.entry("invoice_line_items", org -> FinanceFixtures.firstLine(org, FinanceFixtures.draftInvoice(org)).id()),
            Map.entry("payments", org -> FinanceFixtures.unpostedReceipt(org, "500.00").id()),
            Map.entry("payment_allocations", org -> FinanceFixtures.allocation(org).id()),
            Map.entry("notifications", org -> org.asOwner(tx -> new dev.atlvs.core.notification.NotificationService(tx).notify(List.of(org.owner().id()), dev.atlvs.core.notification.NotificationRequest.builder().type("job.assignment").title("You are on the load-in crew for Main Stage").build()).get(0).id())),
            Map.entry("api_keys", org -> org.asOwner(tx -> new dev.atlvs.core.apikey.ApiKeyService(tx)
                    .issue("Ticketing sync", java.util.Set.of("projects.*"), Optional.empty()).apiKey().id())),
            Map.entry("webhooks", TableSamples::webhook),
            Map.entry("domain_events", org -> dev.atlvs.testing.IntegrationFixtures.projectCreated(org).id()),
            Map.entry("webhook_deliveries", TableSamples::webhookDelivery),
            Map.entry("webhook_logs", org -> {
                UUID delivery = webhookDelivery(org);
                return org.asOwner(tx -> tx.handle().createQuery("insert into atlvs.webhook_logs (organization_id, attempted_at, "
                        + "delivery_id, webhook_id, event_id, attempt, outcome, status_code, latency_ms) "
                        + "select organization_id, now(), id, webhook_id, event_id, 1, 'delivered', 204, 12 "
                        + "from atlvs.webhook_deliveries where organization_id = :organizationId and id = :id returning id")
                        .bind("id", delivery).mapTo(UUID.class).one());
            }),
            Map.entry("audit_logs", org -> auditedChange(org).auditId()),
            Map.entry("audit_sealed_values", org -> auditedChange(org).auditId()));

    private TableSamples() {}

    /** The tables that have a sample. */
    public static List<String> tables() {
        return List.copyOf(SAMPLES.keySet());
    }

    /** Writes a sample row of {@code table} into {@code organization} and returns its id. */
    public static Optional<UUID> insert(String table, OrganizationFixture organization) {
        return Optional.ofNullable(SAMPLES.get(table)).map(sample -> sample.apply(organization));
    }

    /** The id of the audit row written by a change of a sensitive column (so it has sealed values too). */
    private record AuditedChange(UUID auditId) {}

    private static AuditedChange auditedChange(OrganizationFixture org) {
        UUID profile = SAMPLES.get("user_profiles").apply(org);
        return org.asOwner(tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            profiles.update(dev.atlvs.core.profile.ImmutableUserProfile.copyOf(profiles.get(profile)).withCity("Hamburg " + UUID.randomUUID()));
            return new AuditedChange(tx.handle().createQuery("""
                    select id from atlvs.audit_logs
                     where organization_id = :organizationId and record_id = :record and action = 'update'
                       and transaction_id = pg_current_xact_id()::text::bigint
                    """).bind("record", profile).mapTo(UUID.class).one());
        });
    }

    private static UUID webhook(OrganizationFixture org) {
        return dev.atlvs.testing.IntegrationFixtures.webhook(org, "http://127.0.0.1:9/atlvs", java.util.Set.of("project.created")).webhook().id();
    }

    private static UUID webhookDelivery(OrganizationFixture org) {
        UUID webhook = webhook(org);
        UUID event = dev.atlvs.testing.IntegrationFixtures.projectCreated(org).id();
        return org.asOwner(tx -> tx.handle().createQuery("insert into atlvs.webhook_deliveries "
                + "(organization_id, webhook_id, event_id, event_type, next_attempt_at, created_at) "
                + "values (:organizationId, :webhook, :event, 'project.created', now(), now()) returning id")
                .bind("webhook", webhook).bind("event", event).mapTo(UUID.class).one());
    }

    private static UUID customRole(OrganizationFixture org) {
        return org.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(org.id()).name("Site Lead " + UUID.randomUUID().toString().substring(0, 8))
                .addPermissions("projects.tasks.*", "core.locations.read").build()).id());
    }

    private static EntityRef location(OrganizationFixture org) {
        return new EntityRef("location", SAMPLES.get("locations").apply(org));
    }

    private static UUID comment(OrganizationFixture org) {
        EntityRef stage = location(org);
        return org.asOwner(tx -> new CommentService(tx).post(stage, "Load-in starts at 06:00 sharp.").id());
    }

    private static UUID storageFile(OrganizationFixture org) {
        String checksum = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return org.asOwner(tx -> new StorageService(tx).register(Upload.builder().name("Main Stage plot.pdf").mediaType("application/pdf")
                .sizeBytes(482_113).checksumSha256(checksum).storageKey("samples/" + checksum + ".pdf").build()).id());
    }

    private static UUID tag(OrganizationFixture org) {
        return org.asOwner(tx -> new TagService(tx).create("VIP " + UUID.randomUUID().toString().substring(0, 8), Optional.of("#D4AF37")).id());
    }
}
