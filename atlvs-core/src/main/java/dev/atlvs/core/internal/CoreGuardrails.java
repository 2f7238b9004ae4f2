package dev.atlvs.core.internal;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentRepository;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.FileStatus;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.member.Memberships;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.webhook.DeliveryStatus;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSettings;

/** The guardrail samples and mutations of the core tables (see {@link Guardrails}). */
final class CoreGuardrails {

    private CoreGuardrails() {}

    static Guardrails guardrails() {
        return AutomationGuardrails.declare(CoreRuleProbes.declare(Guardrails.builder()))
                .table("organizations",
                        FixtureOrganization::id,
                        (org, id) -> org.asOwner(tx -> {
                OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
                Organization current = organizations.get(id);
                return organizations.update(dev.atlvs.core.organization.ImmutableOrganization.copyOf(current).withName(current.name() + " Live"));
            }))
                .table("organization_members",
                        org -> {
                UUID user = org.newUser().id();
                return org.asOwner(tx -> new Memberships(tx.repository(MemberRepository.class))
                        .admit(org.id(), user, MemberRole.VIEWER, tx.now()).id());
            },
                        (org, id) -> org.asOwner(tx -> {
                MemberRepository members = tx.repository(MemberRepository.class);
                Member current = members.get(id);
                return members.update(dev.atlvs.core.member.ImmutableMember.copyOf(current).withTitle("Head of Production"));
            }))
                .table("custom_roles",
                        CoreGuardrails::customRole,
                        (org, id) -> org.asOwner(tx -> {
                CustomRoleRepository roles = tx.repository(CustomRoleRepository.class);
                CustomRole current = roles.get(id);
                return roles.update(dev.atlvs.core.permission.ImmutableCustomRole.copyOf(current).withDescription("Leads a site during build and show days"));
            }))
                .table("user_roles",
                        org -> {
                UUID role = customRole(org);
                UUID member = org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR).id();
                return org.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                        .organizationId(org.id()).userId(member).roleId(role).grantedAt(tx.now()).build()).id());
            },
                        (org, id) -> org.asOwner(tx -> {
                UserRoleRepository roles = tx.repository(UserRoleRepository.class);
                UserRole current = roles.get(id);
                return roles.update(dev.atlvs.core.permission.ImmutableUserRole.copyOf(current).withExpiresAt(current.grantedAt().plus(30, ChronoUnit.DAYS)));
            }))
                .table("user_permissions",
                        org -> {
                UUID member = org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR).id();
                return org.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(UserPermission.builder()
                    .organizationId(org.id()).userId(member).permission("core.locations.export").grantedAt(tx.now()).build()).id());
            },
                        (org, id) -> org.asOwner(tx -> {
                UserPermissionRepository grants = tx.repository(UserPermissionRepository.class);
                UserPermission current = grants.get(id);
                return grants.update(dev.atlvs.core.permission.ImmutableUserPermission.copyOf(current).withExpiresAt(current.grantedAt().plus(7, ChronoUnit.DAYS)));
            }))
                .table("user_profiles",
                        CoreGuardrails::userProfile,
                        (org, id) -> org.asOwner(tx -> {
                UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                UserProfile current = profiles.get(id);
                return profiles.update(dev.atlvs.core.profile.ImmutableUserProfile.copyOf(current).withJobTitle("Technical Director").withDepartment("Production"));
            }))
                .table("locations",
                        CoreGuardrails::locationId,
                        (org, id) -> org.asOwner(tx -> {
                LocationRepository locations = tx.repository(LocationRepository.class);
                Location current = locations.get(id);
                return locations.update(dev.atlvs.core.location.ImmutableLocation.copyOf(current).withName(current.name() + " (North)").withCapacity(4200));
            }))
                .table("comments",
                        CoreGuardrails::comment,
                        (org, id) -> org.asOwner(tx -> {
                CommentService comments = new CommentService(tx);
                return comments.edit(id, comments.get(id).version(), "Load-in starts at 05:30 sharp.");
            }))
                .table("comment_reactions",
                        org -> {
                UUID comment = comment(org);
                return org.asOwner(tx -> new CommentService(tx).react(comment, "\uD83D\uDC4D").id());
            },
                        (org, id) -> org.asOwner(tx -> tx.handle()
                    .createUpdate("update atlvs.comment_reactions set emoji = ':tada:' where organization_id = :organizationId and id = :id")
                    .bind("id", id).execute()))
                .table("storage_files",
                        CoreGuardrails::storageFile,
                        (org, id) -> org.asOwner(tx -> {
                StorageFileRepository files = tx.repository(StorageFileRepository.class);
                return files.update(dev.atlvs.core.attachment.ImmutableStorageFile.copyOf(files.get(id)).withName("Main Stage plot (final).pdf"));
            }))
                .table("attachments",
                        org -> {
                EntityRef stage = location(org);
                UUID file = storageFile(org);
                return org.asOwner(tx -> new AttachmentService(tx).attach(stage, file, AttachmentLabel.STAGE_PLOT).id());
            },
                        (org, id) -> org.asOwner(tx -> {
                AttachmentRepository attachments = tx.repository(AttachmentRepository.class);
                return new AttachmentService(tx).update(dev.atlvs.core.attachment.ImmutableAttachment.copyOf(attachments.get(id))
                        .withDescription("Approved by the venue").withIsPublic(true));
            }))
                .table("tags",
                        CoreGuardrails::tag,
                        (org, id) -> org.asOwner(tx -> {
                TagService tags = new TagService(tx);
                return tags.rename(id, tx.repository(TagRepository.class).get(id).version(), "VIP guests " + UUID.randomUUID().toString().substring(0, 8));
            }))
                .table("taggings",
                        org -> {
                EntityRef stage = location(org);
                UUID tag = tag(org);
                return org.asOwner(tx -> new TagService(tx).tag(stage, tag).id());
            },
                        (org, id) -> {
                UUID otherTag = org.asOwner(tx -> new TagService(tx).create("Backstage " + UUID.randomUUID().toString().substring(0, 8)).id());
                org.asOwner(tx -> tx.handle()
                        .createUpdate("update atlvs.taggings set tag_id = :tag where organization_id = :organizationId and id = :id")
                        .bind("tag", otherTag).bind("id", id).execute());
            })
                .table("notifications",
                        org -> org.asOwner(tx -> new dev.atlvs.core.notification.NotificationService(tx).notify(List.of(org.owner().id()), dev.atlvs.core.notification.NotificationRequest.builder().type("job.assignment").title("You are on the load-in crew for Main Stage").build()).get(0).id()),
                        (org, id) -> org.asOwner(tx -> new NotificationService(tx).markRead(id)))
                .table("api_keys",
                        org -> org.asOwner(tx -> new dev.atlvs.core.apikey.ApiKeyService(tx)
                    .issue("Ticketing sync", java.util.Set.of("projects.*"), Optional.empty()).apiKey().id()),
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.core.apikey.ApiKeyService(tx).revoke(id)))
                .table("webhooks",
                        CoreGuardrails::webhook,
                        (org, id) -> org.asOwner(tx -> {
                dev.atlvs.core.webhook.WebhookRepository webhooks = tx.repository(dev.atlvs.core.webhook.WebhookRepository.class);
                return webhooks.update(dev.atlvs.core.webhook.ImmutableWebhook.copyOf(webhooks.get(id)).withName("ERP sync").withTimeoutSeconds(20));
            }))
                .sample("domain_events",
                        CoreGuardrails::commentPosted)
                .sample("webhook_deliveries",
                        CoreGuardrails::webhookDelivery)
                .sample("webhook_logs",
                        org -> {
                UUID delivery = webhookDelivery(org);
                return org.asOwner(tx -> tx.handle().createQuery("insert into atlvs.webhook_logs (organization_id, attempted_at, "
                        + "delivery_id, webhook_id, event_id, attempt, outcome, status_code, latency_ms) "
                        + "select organization_id, now(), id, webhook_id, event_id, 1, 'delivered', 204, 12 "
                        + "from atlvs.webhook_deliveries where organization_id = :organizationId and id = :id returning id")
                        .bind("id", delivery).mapTo(UUID.class).one());
            })
                .sample("serialization_points",
                        org -> org.asOwner(tx -> tx.handle().createQuery("insert into atlvs.serialization_points "
                        + "(organization_id, rule, id, decisions) values (:organizationId, 'guardrail_sample', :id, 1) returning id")
                        .bind("id", dev.atlvs.core.repository.Ids.newId()).mapTo(UUID.class).one()))
                .sample("audit_logs",
                        org -> auditedChange(org).auditId())
                .sample("audit_sealed_values",
                        org -> auditedChange(org).auditId())
                // Deleting the organization ends every membership, so no tenant transaction could revert it.
                .undeletable("organizations")
                .lifecycle(MemberStatus.LIFECYCLE)
                .lifecycle(FileStatus.LIFECYCLE)
                .lifecycle(DeliveryStatus.LIFECYCLE)
                // Free: an endpoint is switched on and off at will; an organization's review status is set by
                // whoever reviews; a profile's status is its owner's; a user is anonymized by the erasure function.
                .freeStatus("webhooks", "status")
                .freeStatus("organizations", "compliance_status")
                .freeStatus("user_profiles", "status")
                .freeStatus("users", "status")
                // --- functions with the owner's rights that the run-time role executes ---
                .definerFunction("atlvs.current_tenant()",
                        "policies evaluate it as the caller; reads the context key to verify the context, returns only the verified tenant")
                .definerFunction("atlvs.current_actor()",
                        "triggers evaluate it as the caller; reads the context key to verify the context, returns only the verified actor")
                .definerFunction("atlvs.current_context()",
                        "the audit trigger's single verification of tenant, actor and correlation id; returns nothing but the verified context")
                .definerFunction("atlvs.begin_tenant_transaction(uuid,uuid,uuid,text,timestamp with time zone,bytea)",
                        "opens a tenant context only for a proof made with the context key, which the run-time role cannot read")
                .definerFunction("atlvs.settle_tenant_opening(timestamp with time zone)",
                        "ends a signed tenant opening that read no active membership: names why a context that does not verify is "
                                + "refused (reads the key's state), or clears a verified one; opens nothing")
                .definerFunction("atlvs.begin_system_transaction(uuid,uuid,uuid,text,timestamp with time zone,bytea)",
                        "opens a platform context only for a proof made with the context key, which the run-time role cannot read")
                .definerFunction("atlvs.api_key_organization(text)",
                        "API key authentication before any tenant is known: maps a public prefix to its organization, refused inside a tenant")
                .definerFunction("atlvs.relay_claim(text,uuid,timestamp with time zone,interval,integer)",
                        "the event relay claims due work by id across tenants, outside any tenant; the queue is otherwise unreadable")
                .definerFunction("atlvs.search_indexed(text,text[],bigint,text,uuid,integer)",
                        "matches the verified tenant's search documents past their row-level security (not forced), so that "
                                + "the matching operators use the indexes; filters on the verified tenant itself and returns titles only")
                .definerFunction("atlvs.audit_state_at(text,uuid,timestamp with time zone)",
                        "replays a record's redacted history, confined to the verified tenant by row-level security")
                .definerFunction("atlvs.revert_steps(bigint,boolean)",
                        "reads the changes of a transaction with their sealed values for a revert, confined to the verified tenant; "
                                + "revert_transaction writes them back as the caller; the service checks audit permission")
                .definerFunction("atlvs.restore_state(text,uuid,timestamp with time zone)",
                        "reads a record's state with its sealed values for a restore, confined to the verified tenant; "
                                + "restore_record writes it back as the caller; the service checks audit permission")
                .definerFunction("atlvs.restoring()",
                        "the standard-column trigger's check that a restore marked the transaction, with the context key the caller cannot read")
                .definerFunction("atlvs.gather_load_statistics(regclass)",
                        "analyzes a registered table and the tables it references where the caller's transaction has inserted "
                                + "many rows and sees its tenant's rows, as the owner ANALYZE needs; returns a count, reads only "
                                + "whether such a row exists and changes no row")
                .definerFunction("atlvs.anonymize_user(uuid)",
                        "erasure of a user's data including sealed values, refused outside a verified platform context")
                .build();
    }

    /** The id of the audit row written by a change of a sensitive column (so it has sealed values too). */
    private record AuditedChange(UUID auditId) {}

    private static AuditedChange auditedChange(FixtureOrganization org) {
        UUID profile = userProfile(org);
        return org.asOwner(tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            profiles.update(dev.atlvs.core.profile.ImmutableUserProfile.copyOf(profiles.get(profile)).withCity("Hamburg " + UUID.randomUUID()));
            return new AuditedChange(tx.handle().createQuery("""
                    select id from atlvs.audit_logs
                     where organization_id = :organizationId and record_id = :record and action = 'update'
                       and transaction_id = atlvs.current_transaction_id()
                    """).bind("record", profile).mapTo(UUID.class).one());
        });
    }

    private static UUID userProfile(FixtureOrganization org) {
        UUID member = org.addMember(MemberRole.CONTRIBUTOR).id();
        return org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                .organizationId(org.id()).userId(member).jobTitle("Production Manager").city("Berlin").country("DE").build()).id());
    }

    private static UUID locationId(FixtureOrganization org) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Main Stage").type(LocationType.VENUE).city("Berlin").country("DE")
                .latitude(new java.math.BigDecimal("52.520000")).longitude(new java.math.BigDecimal("13.405000")).build()).id());
    }

    private static UUID webhook(FixtureOrganization org) {
        WebhookSettings settings = new WebhookSettings(UrlPolicy.allowingLocalNetwork());
        return org.asOwner(tx -> new WebhookService(tx, settings).register("Accounting sync", "http://127.0.0.1:9/atlvs",
                Set.of(CoreEvents.COMMENT_POSTED)).webhook().id());
    }

    /** The {@code comment.posted} event of a new comment. */
    private static UUID commentPosted(FixtureOrganization org) {
        UUID comment = comment(org);
        return org.asOwner(tx -> tx.handle().createQuery("""
                select id from atlvs.domain_events
                 where organization_id = :organizationId and aggregate_type = 'comment' and aggregate_id = :comment
                """).bind("comment", comment).mapTo(UUID.class).one());
    }

    private static UUID webhookDelivery(FixtureOrganization org) {
        UUID webhook = webhook(org);
        UUID event = commentPosted(org);
        return org.asOwner(tx -> tx.handle().createQuery("insert into atlvs.webhook_deliveries "
                + "(organization_id, webhook_id, event_id, event_type, next_attempt_at, created_at) "
                + "values (:organizationId, :webhook, :event, 'comment.posted', now(), now()) returning id")
                .bind("webhook", webhook).bind("event", event).mapTo(UUID.class).one());
    }

    private static UUID customRole(FixtureOrganization org) {
        return org.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(org.id()).name("Site Lead " + UUID.randomUUID().toString().substring(0, 8))
                .addPermissions("projects.tasks.*", "core.locations.read").build()).id());
    }

    private static EntityRef location(FixtureOrganization org) {
        return new EntityRef("location", locationId(org));
    }

    private static UUID comment(FixtureOrganization org) {
        EntityRef stage = location(org);
        return org.asOwner(tx -> new CommentService(tx).post(stage, "Load-in starts at 06:00 sharp.").id());
    }

    private static UUID storageFile(FixtureOrganization org) {
        String checksum = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return org.asOwner(tx -> new StorageService(tx).register(Upload.builder().name("Main Stage plot.pdf").mediaType("application/pdf")
                .sizeBytes(482_113).checksumSha256(checksum).storageKey("samples/" + checksum + ".pdf").build()).id());
    }

    private static UUID tag(FixtureOrganization org) {
        return org.asOwner(tx -> new TagService(tx).create("VIP " + UUID.randomUUID().toString().substring(0, 8), Optional.of("#D4AF37")).id());
    }
}
