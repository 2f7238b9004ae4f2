package dev.atlvs.testing.guardrails;

import dev.atlvs.core.attachment.AttachmentRepository;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.timeline.TimelineRepository;
import dev.atlvs.testing.OrganizationFixture;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One ordinary domain update per audited tenant table, applied through the SDK to a row written by
 * {@link TableSamples}, so that the generated audit suite can check update auditing and reverts on
 * every table; and which tables a tenant may not delete rows from (their delete is not probed). A
 * module that adds a tenant table adds its mutation here; the suite fails for a table without one.
 */
public final class TableMutations {

    /** Changes the row {@code id} of a table in {@code organization}, in a tenant transaction of its owner. */
    @FunctionalInterface
    public interface Mutation {
        void apply(OrganizationFixture organization, UUID id);
    }

    private static final Map<String, Mutation> MUTATIONS = Map.ofEntries(
            Map.entry("notifications", (org, id) -> org.asOwner(tx -> new NotificationService(tx).markRead(id))),
            Map.entry("api_keys", (org, id) -> org.asOwner(tx -> new dev.atlvs.core.apikey.ApiKeyService(tx).revoke(id))),
            Map.entry("webhooks", (org, id) -> org.asOwner(tx -> {
                dev.atlvs.core.webhook.WebhookRepository webhooks = tx.repository(dev.atlvs.core.webhook.WebhookRepository.class);
                return webhooks.update(dev.atlvs.core.webhook.ImmutableWebhook.copyOf(webhooks.get(id)).withName("ERP sync").withTimeoutSeconds(20));
            })),
            Map.entry("organizations", (org, id) -> org.asOwner(tx -> {
                OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
                Organization current = organizations.get(id);
                return organizations.update(dev.atlvs.core.organization.ImmutableOrganization.copyOf(current).withName(current.name() + " Live"));
            })),
            Map.entry("organization_members", (org, id) -> org.asOwner(tx -> {
                MemberRepository members = tx.repository(MemberRepository.class);
                Member current = members.get(id);
                return members.update(dev.atlvs.core.member.ImmutableMember.copyOf(current).withTitle("Head of Production"));
            })),
            Map.entry("custom_roles", (org, id) -> org.asOwner(tx -> {
                CustomRoleRepository roles = tx.repository(CustomRoleRepository.class);
                CustomRole current = roles.get(id);
                return roles.update(dev.atlvs.core.permission.ImmutableCustomRole.copyOf(current).withDescription("Leads a site during build and show days"));
            })),
            Map.entry("user_roles", (org, id) -> org.asOwner(tx -> {
                UserRoleRepository roles = tx.repository(UserRoleRepository.class);
                UserRole current = roles.get(id);
                return roles.update(dev.atlvs.core.permission.ImmutableUserRole.copyOf(current).withExpiresAt(current.grantedAt().plus(30, ChronoUnit.DAYS)));
            })),
            Map.entry("user_permissions", (org, id) -> org.asOwner(tx -> {
                UserPermissionRepository grants = tx.repository(UserPermissionRepository.class);
                UserPermission current = grants.get(id);
                return grants.update(dev.atlvs.core.permission.ImmutableUserPermission.copyOf(current).withExpiresAt(current.grantedAt().plus(7, ChronoUnit.DAYS)));
            })),
            Map.entry("user_profiles", (org, id) -> org.asOwner(tx -> {
                UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                UserProfile current = profiles.get(id);
                return profiles.update(dev.atlvs.core.profile.ImmutableUserProfile.copyOf(current).withJobTitle("Technical Director").withDepartment("Production"));
            })),
            Map.entry("locations", (org, id) -> org.asOwner(tx -> {
                LocationRepository locations = tx.repository(LocationRepository.class);
                Location current = locations.get(id);
                return locations.update(dev.atlvs.core.location.ImmutableLocation.copyOf(current).withName(current.name() + " (North)").withCapacity(4200));
            })),
            Map.entry("comments", (org, id) -> org.asOwner(tx -> {
                CommentService comments = new CommentService(tx);
                return comments.edit(id, comments.get(id).version(), "Load-in starts at 05:30 sharp.");
            })),
            Map.entry("projects", (org, id) -> org.asOwner(tx -> {
                ProjectRepository projects = tx.repository(ProjectRepository.class);
                return projects.update(dev.atlvs.projects.project.ImmutableProject.copyOf(projects.get(id))
                        .withDescription("Main stage moved to the north field").withPriority(Priority.HIGH));
            })),
            Map.entry("project_members", (org, id) -> org.asOwner(tx -> {
                ProjectMemberRepository team = tx.repository(ProjectMemberRepository.class);
                return team.update(dev.atlvs.projects.team.ImmutableProjectMember.copyOf(team.get(id)).withFunction("Head of Production"));
            })),
            Map.entry("project_milestones", (org, id) -> org.asOwner(tx -> {
                MilestoneRepository milestones = tx.repository(MilestoneRepository.class);
                Milestone current = milestones.get(id);
                return milestones.update(dev.atlvs.projects.milestone.ImmutableMilestone.copyOf(current).withDueDate(current.dueDate().plusDays(1)));
            })),
            Map.entry("project_tasks", (org, id) -> org.asOwner(tx -> {
                TaskRepository tasks = tx.repository(TaskRepository.class);
                return tasks.update(dev.atlvs.projects.task.ImmutableTask.copyOf(tasks.get(id))
                        .withTitle("Submit the event permit (fire safety)").withEstimatedHours(new BigDecimal("6.50")));
            })),
            Map.entry("project_dependencies", (org, id) -> org.asOwner(tx -> {
                DependencyRepository dependencies = tx.repository(DependencyRepository.class);
                return dependencies.update(dev.atlvs.projects.dependency.ImmutableDependency.copyOf(dependencies.get(id)).withLagDays(2));
            })),
            Map.entry("project_resources", (org, id) -> org.asOwner(tx -> {
                ProjectResourceRepository resources = tx.repository(ProjectResourceRepository.class);
                return resources.update(dev.atlvs.projects.resource.ImmutableProjectResource.copyOf(resources.get(id))
                        .withQuantity(new BigDecimal("8.00")));
            })),
            Map.entry("project_timelines", (org, id) -> org.asOwner(tx -> {
                TimelineRepository timelines = tx.repository(TimelineRepository.class);
                return timelines.update(dev.atlvs.projects.timeline.ImmutableTimeline.copyOf(timelines.get(id))
                        .withName("Load-in (stage and PA)").withColor("#4682B4"));
            })),
            Map.entry("project_budgets", (org, id) -> org.asOwner(tx -> {
                ProjectBudgetRepository budgets = tx.repository(ProjectBudgetRepository.class);
                return budgets.update(dev.atlvs.projects.budget.ImmutableProjectBudget.copyOf(budgets.get(id))
                        .withPlannedAmount(new BigDecimal("92500.0000")));
            })),
            Map.entry("accounts", (org, id) -> org.asOwner(tx -> {
                AccountRepository accounts = tx.repository(AccountRepository.class);
                return accounts.update(dev.atlvs.finance.account.ImmutableAccount.copyOf(accounts.get(id)).withName("Cash at bank (EUR)"));
            })),
            Map.entry("fiscal_periods", (org, id) -> org.asOwner(tx -> {
                FiscalPeriodRepository periods = tx.repository(FiscalPeriodRepository.class);
                return periods.update(dev.atlvs.finance.period.ImmutableFiscalPeriod.copyOf(periods.get(id))
                        .withStatus(dev.atlvs.finance.period.FiscalPeriodStatus.CLOSING));
            })),
            Map.entry("journal_entries", (org, id) -> org.asOwner(tx -> {
                JournalEntryRepository entries = tx.repository(JournalEntryRepository.class);
                return entries.update(dev.atlvs.finance.ledger.ImmutableJournalEntry.copyOf(entries.get(id))
                        .withDescription("Stage hire deposit (main stage), Northern Lights Festival"));
            })),
            Map.entry("journal_lines", (org, id) -> org.asOwner(tx -> {
                JournalLineRepository lines = tx.repository(JournalLineRepository.class);
                return lines.update(dev.atlvs.finance.ledger.ImmutableJournalLine.copyOf(lines.get(id)).withMemo("Deposit, 50% on signature"));
            })),
            Map.entry("exchange_rates", (org, id) -> org.asOwner(tx -> {
                var rates = tx.repository(dev.atlvs.finance.currency.ExchangeRateRepository.class);
                return rates.update(dev.atlvs.finance.currency.ImmutableExchangeRate.copyOf(rates.get(id)).withRate(new BigDecimal("0.9187")));
            })),
            Map.entry("posting_accounts", (org, id) -> {
                UUID account = dev.atlvs.testing.FinanceFixtures.account(org, dev.atlvs.finance.account.AccountType.ASSET, "Trade debtors").id();
                org.asOwner(tx -> {
                    var postings = tx.repository(dev.atlvs.finance.account.PostingAccountRepository.class);
                    return postings.update(dev.atlvs.finance.account.ImmutablePostingAccount.copyOf(postings.get(id)).withAccountId(account));
                });
            }),
            Map.entry("document_sequences", (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.numbering.DocumentNumbers(tx).next("invoice", 2026))),
            Map.entry("budgets", (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.budget.BudgetService(tx).update(
                    dev.atlvs.finance.budget.ImmutableBudget.copyOf(tx.repository(dev.atlvs.finance.budget.BudgetRepository.class).get(id))
                            .withName("Audio and lighting")))),
            Map.entry("budget_lines", (org, id) -> org.asOwner(tx -> {
                var lines = tx.repository(dev.atlvs.finance.budget.BudgetLineRepository.class);
                return lines.update(dev.atlvs.finance.budget.ImmutableBudgetLine.copyOf(lines.get(id)).withPlannedAmount(new BigDecimal("5500.00")));
            })),
            Map.entry("expense_policies", (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.expense.ExpenseService(tx)
                    .setReceiptThreshold(new BigDecimal("100.00")))),
            Map.entry("expenses", (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.expense.ExpenseService(tx).update(
                    dev.atlvs.finance.expense.ImmutableExpense.copyOf(tx.repository(dev.atlvs.finance.expense.ExpenseRepository.class).get(id))
                            .withDescription("Cable, connectors and gaffer tape, hardware store")))),
            Map.entry("revenue", (org, id) -> org.asOwner(tx -> {
                var revenue = tx.repository(dev.atlvs.finance.revenue.RevenueRepository.class);
                return revenue.update(dev.atlvs.finance.revenue.ImmutableRevenue.copyOf(revenue.get(id)).withDescription("Production fee, final"));
            })),
            Map.entry("revenue_recognitions", (org, id) -> org.asOwner(tx -> {
                var schedule = tx.repository(dev.atlvs.finance.revenue.RevenueRecognitionRepository.class);
                return schedule.update(dev.atlvs.finance.revenue.ImmutableRevenueRecognition.copyOf(schedule.get(id))
                        .withAmount(new BigDecimal("11000.00")));
            })),
            Map.entry("forecasts", (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.forecast.ForecastService(tx).update(
                    dev.atlvs.finance.forecast.ImmutableForecast.copyOf(tx.repository(dev.atlvs.finance.forecast.ForecastRepository.class).get(id))
                            .withProjectedSpend(new BigDecimal("19500.00"))))),
            Map.entry("finance_accounts", (org, id) -> org.asOwner(tx -> {
                var accounts = tx.repository(dev.atlvs.finance.treasury.FinanceAccountRepository.class);
                return accounts.update(dev.atlvs.finance.treasury.ImmutableFinanceAccount.copyOf(accounts.get(id)).withName("Festival float account"));
            })),
            Map.entry("invoices", (org, id) -> org.asOwner(tx -> {
                var invoices = tx.repository(dev.atlvs.finance.invoice.InvoiceRepository.class);
                return invoices.update(dev.atlvs.finance.invoice.ImmutableInvoice.copyOf(invoices.get(id)).withTitle("Production services, July and August 2026"));
            })),
            Map.entry("invoice_line_items", (org, id) -> org.asOwner(tx -> {
                var lines = tx.repository(dev.atlvs.finance.invoice.InvoiceLineRepository.class);
                return lines.update(dev.atlvs.finance.invoice.ImmutableInvoiceLine.copyOf(lines.get(id)).withDescription("Stage production (main stage)"));
            })),
            Map.entry("payments", (org, id) -> org.asOwner(tx -> {
                var payments = tx.repository(dev.atlvs.finance.payment.PaymentRepository.class);
                return payments.update(dev.atlvs.finance.payment.ImmutablePayment.copyOf(payments.get(id)).withReference("SEPA 2026-0814-78"));
            })),
            Map.entry("payment_allocations", (org, id) -> org.asOwner(tx -> {
                var allocations = tx.repository(dev.atlvs.finance.payment.PaymentAllocationRepository.class);
                var allocation = allocations.get(id);
                return allocations.update(dev.atlvs.finance.payment.ImmutablePaymentAllocation.copyOf(allocation)
                        .withAllocatedOn(allocation.allocatedOn().plusDays(1)));
            })),
            // Reactions and taggings are links without updatable columns; their update is raw SQL.
            Map.entry("comment_reactions", (org, id) -> org.asOwner(tx -> tx.handle()
                    .createUpdate("update atlvs.comment_reactions set emoji = ':tada:' where organization_id = :organizationId and id = :id")
                    .bind("id", id).execute())),
            Map.entry("storage_files", (org, id) -> org.asOwner(tx -> {
                StorageFileRepository files = tx.repository(StorageFileRepository.class);
                return files.update(dev.atlvs.core.attachment.ImmutableStorageFile.copyOf(files.get(id)).withName("Main Stage plot (final).pdf"));
            })),
            Map.entry("attachments", (org, id) -> org.asOwner(tx -> {
                AttachmentRepository attachments = tx.repository(AttachmentRepository.class);
                return new AttachmentService(tx).update(dev.atlvs.core.attachment.ImmutableAttachment.copyOf(attachments.get(id))
                        .withDescription("Approved by the venue").withIsPublic(true));
            })),
            Map.entry("tags", (org, id) -> org.asOwner(tx -> {
                TagService tags = new TagService(tx);
                return tags.rename(id, tx.repository(TagRepository.class).get(id).version(), "VIP guests " + UUID.randomUUID().toString().substring(0, 8));
            })),
            Map.entry("taggings", (org, id) -> {
                UUID otherTag = org.asOwner(tx -> new TagService(tx).create("Backstage " + UUID.randomUUID().toString().substring(0, 8)).id());
                org.asOwner(tx -> tx.handle()
                        .createUpdate("update atlvs.taggings set tag_id = :tag where organization_id = :organizationId and id = :id")
                        .bind("tag", otherTag).bind("id", id).execute());
            }));

    /**
     * Tables whose sample row a tenant cannot delete: the organization itself (deleting it ends every
     * membership, so no tenant transaction could revert it).
     */
    private static final Set<String> NOT_DELETABLE = Set.of("organizations");

    private TableMutations() {}

    /** The tables that have a mutation. */
    public static List<String> tables() {
        return List.copyOf(MUTATIONS.keySet());
    }

    /** The mutation of {@code table}, if one is registered. */
    public static Optional<Mutation> of(String table) {
        return Optional.ofNullable(MUTATIONS.get(table));
    }

    /** Whether the generated suites may delete the sample row of {@code table} as a tenant. */
    public static boolean deletable(String table) {
        return !NOT_DELETABLE.contains(table);
    }
}
