package dev.atlvs.core.internal;

import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.apikey.ApiKey;
import dev.atlvs.core.apikey.ApiKeyRepository;
import dev.atlvs.core.attachment.Attachment;
import dev.atlvs.core.attachment.AttachmentRepository;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentReaction;
import dev.atlvs.core.comment.CommentReactionRepository;
import dev.atlvs.core.comment.CommentRepository;
import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationRepository;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.core.tag.Tagging;
import dev.atlvs.core.tag.TaggingRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.core.user.UserRepository;
import dev.atlvs.core.webhook.Webhook;
import dev.atlvs.core.webhook.WebhookRepository;
import java.util.List;
import java.util.Set;

/**
 * The core module: conventions, tenancy, identity and membership, permissions, audit trail, the shared
 * domain (locations, profiles, comments, attachments, tags, notifications) and the integration surface
 * (domain events, webhooks, API keys, change feed).
 */
public final class CoreModule implements AtlvsModule {

    @Override
    public String name() {
        return CORE;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }

    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Organization.TABLE, User.TABLE, Member.TABLE, CustomRole.TABLE, UserRole.TABLE, UserPermission.TABLE,
                Notification.TABLE,
                Comment.TABLE, CommentReaction.TABLE, StorageFile.TABLE, Attachment.TABLE, Tag.TABLE, Tagging.TABLE,
                UserProfile.TABLE, Location.TABLE, ApiKey.TABLE, Webhook.TABLE, dev.atlvs.core.automation.Workflow.TABLE);
    }

    @Override
    public List<Class<?>> repositories() {
        return List.of(OrganizationRepository.class, UserRepository.class, MemberRepository.class, CustomRoleRepository.class,
                UserRoleRepository.class, UserPermissionRepository.class, NotificationRepository.class, CommentRepository.class,
                CommentReactionRepository.class, StorageFileRepository.class, AttachmentRepository.class, TagRepository.class,
                TaggingRepository.class, UserProfileRepository.class, LocationRepository.class, ApiKeyRepository.class,
                WebhookRepository.class, dev.atlvs.core.automation.WorkflowRepository.class);
    }

    @Override
    public List<EntityType> entityTypes() {
        return List.of(new EntityType("location", Location.TABLE), new EntityType("member", Member.TABLE),
                new EntityType("custom_role", CustomRole.TABLE), new EntityType("user_profile", UserProfile.TABLE));
    }

    @Override
    public List<dev.atlvs.core.search.SearchSource> searchSources() {
        return List.of(dev.atlvs.core.search.SearchSource.of("location", Location.TABLE, List.of("name"))
                .withSubtitle("city", "region", "country")
                .withBody("address_line1", "address_line2", "postal_code", "notes"));
    }

    @Override
    public List<EventType> eventTypes() {
        return List.of(new EventType(CoreEvents.COMMENT_POSTED, "comment", "a comment or reply was posted"));
    }

    @Override
    public List<Permission> permissions() {
        return CorePermissions.ALL;
    }

    @Override
    public java.util.Map<String, Permission> readPermissions() {
        // users: platform-wide, changed only by platform operations, never an organization's change
        return java.util.Map.ofEntries(
                java.util.Map.entry(Organization.TABLE.name(), CorePermissions.ORGANIZATION_READ),
                java.util.Map.entry(Member.TABLE.name(), CorePermissions.MEMBERS_READ),
                java.util.Map.entry(CustomRole.TABLE.name(), CorePermissions.MEMBERS_READ),
                java.util.Map.entry(UserRole.TABLE.name(), CorePermissions.MEMBERS_READ),
                java.util.Map.entry(UserPermission.TABLE.name(), CorePermissions.MEMBERS_READ),
                java.util.Map.entry(UserProfile.TABLE.name(), CorePermissions.PROFILES_READ),
                java.util.Map.entry(Location.TABLE.name(), CorePermissions.LOCATIONS_READ),
                java.util.Map.entry(Comment.TABLE.name(), CorePermissions.COMMENTS_READ),
                java.util.Map.entry(CommentReaction.TABLE.name(), CorePermissions.COMMENTS_READ),
                java.util.Map.entry(StorageFile.TABLE.name(), CorePermissions.FILES_READ),
                java.util.Map.entry(Attachment.TABLE.name(), CorePermissions.ATTACHMENTS_READ),
                java.util.Map.entry(Tag.TABLE.name(), CorePermissions.TAGS_READ),
                java.util.Map.entry(Tagging.TABLE.name(), CorePermissions.TAGS_READ),
                java.util.Map.entry(dev.atlvs.core.automation.Workflow.TABLE.name(), CorePermissions.AUTOMATIONS_READ),
                // personal to each member, and credentials: followed by those who administer them
                java.util.Map.entry(Notification.TABLE.name(), CorePermissions.NOTIFICATIONS_MANAGE),
                java.util.Map.entry(ApiKey.TABLE.name(), CorePermissions.API_KEYS_MANAGE),
                java.util.Map.entry(Webhook.TABLE.name(), CorePermissions.WEBHOOKS_MANAGE));
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(1000, 1999, CoreErrorCode.class);
    }

    @Override
    public List<dev.atlvs.core.error.Rule> rules() {
        return dev.atlvs.core.CoreRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return CoreGuardrails.guardrails();
    }
}
