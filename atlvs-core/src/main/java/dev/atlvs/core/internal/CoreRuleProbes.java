package dev.atlvs.core.internal;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.permission.PrivilegeService;
import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.ImmutableStorageFile;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentRepository;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.ImmutableComment;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.ImmutableMember;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.notification.ImmutableNotification;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationRepository;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.ImmutableCustomRole;
import dev.atlvs.core.permission.ImmutableUserPermission;
import dev.atlvs.core.permission.ImmutableUserRole;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.core.user.ImmutableUser;
import dev.atlvs.core.user.UserStatus;
import dev.atlvs.core.webhook.ImmutableWebhook;
import dev.atlvs.core.webhook.Webhook;
import dev.atlvs.core.webhook.WebhookRepository;
import dev.atlvs.core.webhook.WebhookStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The probes of the core rules ({@link dev.atlvs.core.CoreRules}): each breaks its rule once through the SDK and
 * once by raw SQL, so that the generated suites can require one identity from both (see {@link Guardrails}).
 */
final class CoreRuleProbes {

    /** The tenant of platform operations on platform-wide rows. */
    private static final String PLATFORM_TENANT = "00000000-0000-0000-0000-000000000000";

    private CoreRuleProbes() {}

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        return guardrails
                // --- organizations and members ---
                .rule("organizations_timezone_zone",
                        (tx, id) -> {
                            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
                            organizations.update(ImmutableOrganization.copyOf(organizations.get(id)).withTimezone("Mars/Olympus_Mons"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.organizations set timezone = 'Mars/Olympus_Mons' where id = :id", id))
                .rule("organizations_search_configuration_known",
                        (tx, id) -> {
                            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
                            organizations.update(ImmutableOrganization.copyOf(organizations.get(id)).withSearchConfiguration("klingon"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.organizations set search_configuration = 'klingon' where id = :id", id))
                .platformRuleWithoutSdk("organizations_active_owner",
                        FixtureOrganization::id,
                        (connection, scope, id) -> {
                            UUID created = UUID.randomUUID();
                            scope.organization(created);
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "insert into atlvs.organizations (id, name, slug) values (?, 'Ownerless Events', ?)")) {
                                insert.setObject(1, created);
                                insert.setString(2, "ownerless-" + created.toString().substring(0, 8));
                                insert.executeUpdate();
                            }
                        },
                        "the SDK creates an organization only together with its first active owner (Platform.createOrganization)")
                .rule("organization_members_last_owner",
                        CoreRuleProbes::ownerMembership,
                        (tx, id) -> new MemberService(tx).changeRole(id, MemberRole.ADMIN),
                        (tx, id) -> sql(tx, "update atlvs.organization_members set role = 'admin' where id = :id", id))
                .rule("organization_members_joined_at_check",
                        (tx, id) -> {
                            MemberRepository members = tx.repository(MemberRepository.class);
                            members.update(ImmutableMember.copyOf(members.get(id)).withJoinedAt(Optional.empty()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.organization_members set joined_at = null where id = :id", id))
                .platformRule("users_anonymized_at_check",
                        organization -> organization.newUser().id(),
                        (platform, id) -> platform.updateUser(ImmutableUser.copyOf(platform.getUser(id)).withStatus(UserStatus.ANONYMIZED)),
                        (connection, scope, id) -> {
                            scope.platform();
                            update(connection, "update atlvs.users set status = 'anonymized' where id = ?", id);
                        })
                .platformRuleWithoutSdk("users_never_deleted",
                        organization -> organization.newUser().id(),
                        (connection, scope, id) -> {
                            scope.platform();
                            update(connection, "delete from atlvs.users where id = ?", id);
                        },
                        "the SDK anonymizes users (Platform.anonymizeUser) and never deletes one")
                // --- permissions ---
                .rule("custom_roles_system_role",
                        organization -> organization.asOwner(tx -> tx.handle().createQuery("""
                                insert into atlvs.custom_roles (organization_id, name, permissions, is_system)
                                values (:organizationId, :name, '{core.locations.read}', true) returning id
                                """).bind("name", "System " + UUID.randomUUID().toString().substring(0, 8)).mapTo(UUID.class).one()),
                        (tx, id) -> {
                            CustomRoleRepository roles = tx.repository(CustomRoleRepository.class);
                            CustomRole role = roles.get(id);
                            roles.update(ImmutableCustomRole.copyOf(role).withDescription("Changed by a tenant"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.custom_roles set description = 'Changed by a tenant' where id = :id", id))
                .rule("user_roles_scope_check",
                        (tx, id) -> {
                            UserRoleRepository roles = tx.repository(UserRoleRepository.class);
                            roles.update(ImmutableUserRole.copyOf(roles.get(id)).withScopeId(UUID.randomUUID()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_roles set scope_id = '" + UUID.randomUUID() + "'::uuid, scope_type = null where id = :id", id))
                .rule("user_roles_expires_at_check",
                        (tx, id) -> {
                            UserRoleRepository roles = tx.repository(UserRoleRepository.class);
                            UserRole role = roles.get(id);
                            roles.update(ImmutableUserRole.copyOf(role).withExpiresAt(role.grantedAt().minus(1, ChronoUnit.DAYS)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_roles set expires_at = timestamptz '2000-01-01 00:00:00+00' where id = :id", id))
                .rule("user_permissions_resource_check",
                        (tx, id) -> {
                            UserPermissionRepository grants = tx.repository(UserPermissionRepository.class);
                            grants.update(ImmutableUserPermission.copyOf(grants.get(id)).withResourceId(UUID.randomUUID()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_permissions set resource_id = '" + UUID.randomUUID() + "'::uuid, resource_type = null "
                                + "where id = :id", id))
                .rule("user_permissions_expires_at_check",
                        (tx, id) -> {
                            UserPermissionRepository grants = tx.repository(UserPermissionRepository.class);
                            UserPermission grant = grants.get(id);
                            grants.update(ImmutableUserPermission.copyOf(grant).withExpiresAt(grant.grantedAt().minus(1, ChronoUnit.DAYS)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_permissions set expires_at = timestamptz '2000-01-01 00:00:00+00' where id = :id", id))
                // --- privileges: each broken by a member who may not make the change ---
                .ruleAs(CoreRuleProbes::viewer, "organization_members_manage_required",
                        organization -> membership(organization, organization.addMember(MemberRole.CONTRIBUTOR).id()),
                        (tx, id) -> new MemberService(tx).changeRole(id, MemberRole.MANAGER),
                        (tx, id) -> sql(tx, "update atlvs.organization_members set role = 'manager' where id = :id", id))
                .ruleAs(CoreRuleProbes::admin, "organization_members_owner_required",
                        CoreRuleProbes::ownerMembership,
                        (tx, id) -> new MemberService(tx).changeRole(id, MemberRole.ADMIN),
                        (tx, id) -> sql(tx, "update atlvs.organization_members set role = 'admin' where id = :id", id))
                .ruleAs(organization -> withGrant(organization, organization.addMember(MemberRole.MANAGER),
                                CorePermissions.MEMBERS_MANAGE.name()),
                        "organization_members_self_escalation",
                        FixtureOrganization::id,
                        (tx, organizationId) -> new MemberService(tx).changeRole(
                                tx.repository(MemberRepository.class).findByUser(tx.actorId()).orElseThrow().id(), MemberRole.ADMIN),
                        (tx, organizationId) -> sql(tx, "update atlvs.organization_members set role = 'admin' where user_id = :id",
                                tx.actorId()))
                .ruleAs(CoreRuleProbes::contributor, "organizations_retention_audit_manage",
                        FixtureOrganization::id,
                        (tx, organizationId) -> {
                            dev.atlvs.core.organization.OrganizationRepository organizations =
                                    tx.repository(dev.atlvs.core.organization.OrganizationRepository.class);
                            organizations.update(dev.atlvs.core.organization.ImmutableOrganization.copyOf(organizations.get(organizationId))
                                    .withAuditLogRetentionDays(30));
                        },
                        (tx, organizationId) -> sql(tx, "update atlvs.organizations set audit_log_retention_days = 30 where id = :id",
                                organizationId))
                .ruleAs(CoreRuleProbes::contributor, "custom_roles_manage_required",
                        organization -> role(organization, "core.locations.read"),
                        (tx, id) -> new PrivilegeService(tx).changeRole(id, "Renamed " + suffix(), Optional.empty(),
                                List.of("core.locations.read")),
                        (tx, id) -> sql(tx, "update atlvs.custom_roles set description = 'Changed by a contributor' where id = :id", id))
                .ruleAs(CoreRuleProbes::admin, "custom_roles_permissions_held",
                        organization -> role(organization, "core.locations.read"),
                        (tx, id) -> new PrivilegeService(tx).changeRole(id, "Owners " + suffix(), Optional.empty(),
                                List.of("core.locations.read", CorePermissions.OWNERS_MANAGE.name())),
                        (tx, id) -> sql(tx, "update atlvs.custom_roles set permissions = permissions || '{core.owners.manage}' "
                                + "where id = :id", id))
                .ruleAs(CoreRuleProbes::contributor, "user_roles_manage_required",
                        organization -> {
                            UUID role = role(organization, "core.locations.read");
                            UUID member = organization.addMember(MemberRole.VIEWER).id();
                            return organization.asOwner(tx -> new PrivilegeService(tx)
                                    .assignRole(member, role, Optional.empty(), Optional.empty()).id());
                        },
                        (tx, id) -> new PrivilegeService(tx).unassignRole(id),
                        (tx, id) -> sql(tx, "delete from atlvs.user_roles where id = :id", id))
                .ruleAs(CoreRuleProbes::admin, "user_roles_self_grant",
                        organization -> role(organization, "core.locations.read"),
                        (tx, id) -> new PrivilegeService(tx).assignRole(tx.actorId(), id, Optional.empty(), Optional.empty()),
                        (tx, id) -> assignRole(tx, tx.actorId(), id))
                .ruleAs(CoreRuleProbes::admin, "user_roles_permissions_held",
                        organization -> role(organization, CorePermissions.OWNERS_MANAGE.name()),
                        (tx, id) -> new PrivilegeService(tx).assignRole(otherMember(tx), id, Optional.empty(), Optional.empty()),
                        (tx, id) -> assignRole(tx, otherMember(tx), id))
                .ruleAs(CoreRuleProbes::contributor, "user_permissions_manage_required",
                        organization -> {
                            UUID member = organization.addMember(MemberRole.VIEWER).id();
                            return organization.asOwner(tx -> new PrivilegeService(tx)
                                    .grant(member, "core.locations.create", Optional.empty(), Optional.empty()).id());
                        },
                        (tx, id) -> new PrivilegeService(tx).revoke(id),
                        (tx, id) -> sql(tx, "delete from atlvs.user_permissions where id = :id", id))
                .ruleAs(CoreRuleProbes::admin, "user_permissions_self_grant",
                        FixtureOrganization::id,
                        (tx, organizationId) -> new PrivilegeService(tx).grant(tx.actorId(), "core.locations.create", Optional.empty(),
                                Optional.empty()),
                        (tx, organizationId) -> grant(tx, tx.actorId(), "core.locations.create"))
                .ruleAs(CoreRuleProbes::admin, "user_permissions_permission_held",
                        FixtureOrganization::id,
                        (tx, organizationId) -> new PrivilegeService(tx).grant(otherMember(tx), CorePermissions.ORGANIZATION_DELETE.name(),
                                Optional.empty(), Optional.empty()),
                        (tx, organizationId) -> grant(tx, otherMember(tx), CorePermissions.ORGANIZATION_DELETE.name()))
                // --- profiles and locations ---
                .rule("user_profiles_manager_check",
                        (tx, id) -> {
                            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                            UserProfile profile = profiles.get(id);
                            profiles.update(ImmutableUserProfile.copyOf(profile).withManagerUserId(profile.userId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_profiles set manager_user_id = user_id where id = :id", id))
                .rule("user_profiles_manager_cycle",
                        CoreRuleProbes::managedProfile,
                        (tx, id) -> {
                            // The manager of the profile now reports to the profile's own person: a loop of two.
                            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                            UserProfile profile = profiles.get(id);
                            UserProfile manager = profiles.findByUser(profile.managerUserId().orElseThrow()).orElseThrow();
                            profiles.update(ImmutableUserProfile.copyOf(manager).withManagerUserId(profile.userId()));
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.user_profiles m set manager_user_id = p.user_id
                                  from atlvs.user_profiles p
                                 where p.id = :id and m.organization_id = p.organization_id and m.user_id = p.manager_user_id
                                """, id))
                .ruleWithoutSql("user_profiles_hire_date_check",
                        (tx, id) -> {
                            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                            profiles.update(ImmutableUserProfile.copyOf(profiles.get(id)).withDateOfBirth(LocalDate.of(1990, 5, 1))
                                    .withHireDate(LocalDate.of(1980, 1, 1)));
                        },
                        "the date of birth is encrypted: the database holds ciphertext it cannot compare")
                .ruleWithoutSdk("user_profiles_employee_id_bidx_check",
                        org -> {
                            UUID member = org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR).id();
                            return org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                                    .organizationId(org.id()).userId(member).jobTitle("Lighting Designer").employeeId("E-4711").build()).id());
                        },
                        (tx, id) -> sql(tx, "update atlvs.user_profiles set employee_id_bidx = null where id = :id", id),
                        "the repository engine writes an encrypted value and its blind index together, from the one value")
                .ruleWithoutSql("user_profiles_date_of_birth_check",
                        (tx, id) -> {
                            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
                            profiles.update(ImmutableUserProfile.copyOf(profiles.get(id)).withDateOfBirth(LocalDate.of(1899, 12, 31)));
                        },
                        "the date of birth is encrypted: the database holds ciphertext it cannot compare")
                .rule("locations_coordinates_check",
                        (tx, id) -> {
                            LocationRepository locations = tx.repository(LocationRepository.class);
                            locations.update(ImmutableLocation.copyOf(locations.get(id)).withLongitude(Optional.empty()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.locations set longitude = null where id = :id", id))
                .rule("locations_parent_check",
                        (tx, id) -> {
                            LocationRepository locations = tx.repository(LocationRepository.class);
                            locations.update(ImmutableLocation.copyOf(locations.get(id)).withParentId(id));
                        },
                        (tx, id) -> sql(tx, "update atlvs.locations set parent_id = id where id = :id", id))
                .rule("locations_parent_cycle",
                        CoreRuleProbes::childLocation,
                        (tx, id) -> {
                            // The parent of the location moves under it: a loop of two.
                            LocationRepository locations = tx.repository(LocationRepository.class);
                            Location child = locations.get(id);
                            locations.update(ImmutableLocation.copyOf(locations.get(child.parentId().orElseThrow())).withParentId(id));
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.locations p set parent_id = c.id
                                  from atlvs.locations c
                                 where c.id = :id and p.organization_id = c.organization_id and p.id = c.parent_id
                                """, id))
                .rule("locations_timezone_zone",
                        (tx, id) -> {
                            LocationRepository locations = tx.repository(LocationRepository.class);
                            locations.update(ImmutableLocation.copyOf(locations.get(id)).withTimezone("Mars/Olympus_Mons"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.locations set timezone = 'Mars/Olympus_Mons' where id = :id", id))
                // --- comments ---
                .ruleWithoutSdk("comments_thread_fixed",
                        CoreRuleProbes::reply,
                        (tx, id) -> {
                            Comment reply = tx.repository(CommentRepository.class).get(id);
                            UUID otherThread = new CommentService(tx).post(new EntityRef(reply.entityType(), reply.entityId()),
                                    "Another thread on the same stage.").id();
                            tx.handle().createUpdate("update atlvs.comments set parent_id = :parent where id = :id")
                                    .bind("parent", otherThread).bind("id", id).execute();
                        },
                        "the SDK writes a comment's record and thread only when it inserts the comment (fixed columns)")
                .rule("comments_parent_depth",
                        CoreRuleProbes::reply,
                        (tx, id) -> new CommentService(tx).reply(id, "A reply to a reply."),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.comments (organization_id, entity_type, entity_id, parent_id, body)
                                select organization_id, entity_type, entity_id, id, 'A reply to a reply.' from atlvs.comments where id = :id
                                """, id))
                .rule("comments_parent_entity",
                        (tx, id) -> {
                            // A reply written straight through the repository, on another record than its thread.
                            Comment thread = tx.repository(CommentRepository.class).get(id);
                            tx.repository(CommentRepository.class).insert(Comment.builder().organizationId(tx.organizationId())
                                    .entityType(thread.entityType()).entityId(otherLocation(tx)).parentId(id)
                                    .body("A reply on another record.").build());
                        },
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.comments (organization_id, entity_type, entity_id, parent_id, body)
                                select organization_id, entity_type, :other, id, 'A reply on another record.' from atlvs.comments where id = :id
                                """).bind("other", otherLocation(tx)).bind("id", id).execute())
                .rule("comments_parent_check",
                        (tx, id) -> {
                            // A new comment answering itself (the parent of a stored comment is fixed).
                            Comment thread = tx.repository(CommentRepository.class).get(id);
                            UUID self = UUID.randomUUID();
                            tx.repository(CommentRepository.class).insert(Comment.builder().organizationId(tx.organizationId()).id(self)
                                    .entityType(thread.entityType()).entityId(thread.entityId()).parentId(self).body("An echo.").build());
                        },
                        (tx, id) -> sql(tx, """
                                insert into atlvs.comments (organization_id, id, entity_type, entity_id, parent_id, body)
                                select organization_id, s.self, entity_type, entity_id, s.self, 'An echo.'
                                  from atlvs.comments, (select gen_random_uuid() as self) s where id = :id
                                """, id))
                .rule("comments_mentions_member",
                        (tx, id) -> {
                            CommentRepository comments = tx.repository(CommentRepository.class);
                            comments.update(ImmutableComment.copyOf(comments.get(id)).withMentions(List.of(UUID.randomUUID())));
                        },
                        (tx, id) -> sql(tx, "update atlvs.comments set mentions = array['" + UUID.randomUUID() + "'::uuid::text] where id = :id", id))
                .rule("comments_resolved_at_check",
                        (tx, id) -> {
                            CommentRepository comments = tx.repository(CommentRepository.class);
                            comments.update(ImmutableComment.copyOf(comments.get(id)).withResolvedAt(tx.now()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.comments set resolved_at = now() where id = :id", id))
                .rule("comments_is_resolved_check",
                        CoreRuleProbes::reply,
                        (tx, id) -> {
                            CommentRepository comments = tx.repository(CommentRepository.class);
                            comments.update(ImmutableComment.copyOf(comments.get(id)).withIsResolved(true).withResolvedAt(tx.now())
                                    .withResolvedBy(tx.actorId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.comments set is_resolved = true, resolved_at = now(), resolved_by = created_by "
                                + "where id = :id", id))
                .rule("comments_entity_id_type",
                        (tx, id) -> new CommentService(tx).post(new EntityRef("spaceship", id), "Boarding at dawn."),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.comments (organization_id, entity_type, entity_id, body)
                                select organization_id, 'spaceship', entity_id, 'Boarding at dawn.' from atlvs.comments where id = :id
                                """, id))
                // --- files, attachments, tags, notifications ---
                .rule("storage_files_version_of_check",
                        (tx, id) -> {
                            // A new file naming itself as its previous version (the version of a stored file is fixed).
                            StorageFileRepository files = tx.repository(StorageFileRepository.class);
                            UUID self = UUID.randomUUID();
                            files.insert(ImmutableStorageFile.copyOf(files.get(id)).withId(self).withChecksumSha256(checksum())
                                    .withVersionOf(self));
                        },
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.storage_files (organization_id, id, name, media_type, size_bytes, checksum_sha256,
                                                                 storage_key, status, version_of, uploaded_by)
                                select organization_id, s.self, name, media_type, size_bytes, :checksum, storage_key || '.copy', status,
                                       s.self, uploaded_by
                                  from atlvs.storage_files, (select gen_random_uuid() as self) s where id = :id
                                """).bind("checksum", checksum()).bind("id", id).execute())
                .ruleWithoutSdk("storage_files_version_of_fixed",
                        CoreRuleProbes::secondVersion,
                        (tx, id) -> tx.handle().createUpdate("update atlvs.storage_files set version_of = :other where id = :id")
                                .bind("other", newFile(tx)).bind("id", id).execute(),
                        "the SDK writes a file's previous version only when it inserts the file (a fixed column)")
                .rule("storage_files_quota",
                        CoreRuleProbes::smallQuota,
                        (tx, id) -> new StorageService(tx).register(Upload.builder().name("Festival aftermovie.mp4").mediaType("video/mp4")
                                .sizeBytes(2L * 1024 * 1024 * 1024).checksumSha256(checksum()).storageKey("samples/aftermovie.mp4").build()),
                        (tx, id) -> sql(tx, "update atlvs.storage_files set size_bytes = 2147483648 where id = :id", id))
                .rule("attachments_entity_id_type",
                        (tx, id) -> new AttachmentService(tx).attach(new EntityRef("spaceship", id), newFile(tx), AttachmentLabel.OTHER),
                        (tx, id) -> sql(tx, "update atlvs.attachments set entity_type = 'spaceship' where id = :id", id))
                .rule("taggings_entity_id_type",
                        (tx, id) -> new TagService(tx).tag(new EntityRef("spaceship", id), new TagService(tx).create("Crew " + suffix()).id()),
                        (tx, id) -> sql(tx, "update atlvs.taggings set entity_type = 'spaceship' where id = :id", id))
                .rule("notifications_entity_check",
                        (tx, id) -> {
                            NotificationRepository notifications = tx.repository(NotificationRepository.class);
                            Notification notification = notifications.get(id);
                            notifications.update(ImmutableNotification.copyOf(notification).withEntityType("location"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.notifications set entity_type = 'location', entity_id = null where id = :id", id))
                .rule("notifications_entity_id_type",
                        (tx, id) -> new NotificationService(tx).notify(List.of(tx.actorId()), NotificationRequest.builder()
                                .type("job.assignment").title("You are on the crew").entity(new EntityRef("spaceship", id)).build()),
                        (tx, id) -> sql(tx, "update atlvs.notifications set entity_type = 'spaceship', entity_id = '" + UUID.randomUUID() + "'::uuid "
                                + "where id = :id", id))
                // --- events and webhooks ---
                .rule("domain_events_event_type_registered",
                        (tx, id) -> new DomainEvents(tx).append("comment", id, "comment.teleported", Map.of()),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.domain_events (organization_id, aggregate_type, aggregate_id, sequence, event_type, occurred_at)
                                select organization_id, aggregate_type, aggregate_id, sequence + 1000, 'comment.teleported', now()
                                  from atlvs.domain_events where id = :id
                                """, id))
                .rule("webhooks_event_types_registered",
                        (tx, id) -> {
                            WebhookRepository webhooks = tx.repository(WebhookRepository.class);
                            webhooks.update(ImmutableWebhook.copyOf(webhooks.get(id)).withEventTypes(List.of("comment.teleported")));
                        },
                        (tx, id) -> sql(tx, "update atlvs.webhooks set event_types = '{comment.teleported}' where id = :id", id))
                .rule("webhooks_disabled_check",
                        (tx, id) -> {
                            WebhookRepository webhooks = tx.repository(WebhookRepository.class);
                            Webhook webhook = webhooks.get(id);
                            webhooks.update(ImmutableWebhook.copyOf(webhook).withStatus(WebhookStatus.DISABLED));
                        },
                        (tx, id) -> sql(tx, "update atlvs.webhooks set status = 'disabled' where id = :id", id));
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static void update(Connection connection, String statement, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String checksum() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    /** The membership of the organization's owner. */
    private static dev.atlvs.core.user.User viewer(FixtureOrganization organization) {
        return organization.addMember(MemberRole.VIEWER);
    }

    private static dev.atlvs.core.user.User contributor(FixtureOrganization organization) {
        return organization.addMember(MemberRole.CONTRIBUTOR);
    }

    private static dev.atlvs.core.user.User admin(FixtureOrganization organization) {
        return organization.addMember(MemberRole.ADMIN);
    }

    /** {@code member} with a direct grant of {@code permission} from the owner. */
    private static dev.atlvs.core.user.User withGrant(FixtureOrganization organization, dev.atlvs.core.user.User member, String permission) {
        organization.asOwner(tx -> new PrivilegeService(tx).grant(member.id(), permission, Optional.empty(), Optional.empty()));
        return member;
    }

    /** The membership of {@code userId}. */
    private static UUID membership(FixtureOrganization organization, UUID userId) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(userId).orElseThrow().id());
    }

    /** A custom role with {@code permissions}, made by the owner. */
    private static UUID role(FixtureOrganization organization, String... permissions) {
        return organization.asOwner(tx -> new PrivilegeService(tx).createRole("Probe " + suffix(), Optional.empty(),
                List.of(permissions)).id());
    }

    /** An active member other than the transaction's actor. */
    private static UUID otherMember(TenantTransaction tx) {
        return tx.handle().createQuery("""
                select user_id from atlvs.organization_members
                 where organization_id = :organizationId and user_id <> :actor and status = 'active'
                 order by joined_at, id limit 1
                """).bind("organizationId", tx.organizationId()).bind("actor", tx.actorId()).mapTo(UUID.class).one();
    }

    private static void assignRole(TenantTransaction tx, UUID userId, UUID roleId) {
        tx.handle().createUpdate("""
                insert into atlvs.user_roles (organization_id, user_id, role_id) values (:organizationId, :userId, :roleId)
                """).bind("organizationId", tx.organizationId()).bind("userId", userId).bind("roleId", roleId).execute();
    }

    private static void grant(TenantTransaction tx, UUID userId, String permission) {
        tx.handle().createUpdate("""
                insert into atlvs.user_permissions (organization_id, user_id, permission) values (:organizationId, :userId, :permission)
                """).bind("organizationId", tx.organizationId()).bind("userId", userId).bind("permission", permission).execute();
    }

    private static UUID ownerMembership(FixtureOrganization organization) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(organization.owner().id()).orElseThrow().id());
    }

    /** The profile of a member managed by another member with a profile of their own. */
    private static UUID managedProfile(FixtureOrganization organization) {
        UUID manager = organization.addMember(MemberRole.CONTRIBUTOR).id();
        UUID member = organization.addMember(MemberRole.CONTRIBUTOR).id();
        return organization.asOwner(tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            profiles.insert(UserProfile.builder().organizationId(tx.organizationId()).userId(manager).jobTitle("Head of Production").build());
            return profiles.insert(UserProfile.builder().organizationId(tx.organizationId()).userId(member).jobTitle("Stage Manager")
                    .managerUserId(manager).build()).id();
        });
    }

    /** A room inside a venue: the room's id. */
    private static UUID childLocation(FixtureOrganization organization) {
        return organization.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            UUID venue = locations.insert(Location.builder().organizationId(tx.organizationId()).name("Harbour Hall")
                    .type(LocationType.VENUE).build()).id();
            return locations.insert(Location.builder().organizationId(tx.organizationId()).name("Green Room")
                    .type(LocationType.ROOM).parentId(venue).build()).id();
        });
    }

    private static UUID otherLocation(TenantTransaction tx) {
        return tx.repository(LocationRepository.class).insert(Location.builder().organizationId(tx.organizationId())
                .name("Side Stage " + suffix()).type(LocationType.VENUE).build()).id();
    }

    /** A reply on a location's thread: the reply's id. */
    private static UUID reply(FixtureOrganization organization) {
        return organization.asOwner(tx -> {
            CommentService comments = new CommentService(tx);
            UUID thread = comments.post(new EntityRef("location", otherLocation(tx)), "Load-in starts at 06:00 sharp.").id();
            return comments.reply(thread, "Confirmed with the venue.").id();
        });
    }

    private static UUID newFile(TenantTransaction tx) {
        String checksum = checksum();
        return new StorageService(tx).register(Upload.builder().name("Rider " + suffix() + ".pdf").mediaType("application/pdf")
                .sizeBytes(52_000).checksumSha256(checksum).storageKey("samples/" + checksum + ".pdf").build()).id();
    }

    /** The second version of a file: its id. */
    private static UUID secondVersion(FixtureOrganization organization) {
        return organization.asOwner(tx -> {
            UUID first = newFile(tx);
            String checksum = checksum();
            return new StorageService(tx).createVersion(first, Upload.builder().name("Rider v2.pdf").mediaType("application/pdf")
                    .sizeBytes(53_000).checksumSha256(checksum).storageKey("samples/" + checksum + ".pdf").build()).id();
        });
    }

    /** A file of an organization whose storage quota is one gigabyte: the file's id. */
    private static UUID smallQuota(FixtureOrganization organization) {
        organization.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            Organization current = organizations.get(tx.organizationId());
            return organizations.update(ImmutableOrganization.copyOf(current).withStorageQuotaGb(1));
        });
        return organization.asOwner(CoreRuleProbes::newFile);
    }
}
