package dev.atlvs.core;

import dev.atlvs.core.permission.Permission;
import java.util.List;

/**
 * The permissions of the core module: every permission its operations require, declared once here.
 * Hosts grant them to custom roles or users by name or by pattern ({@code core.*}).
 */
public final class CorePermissions {

    /** The permission issuing a key requires (contributors and above hold it). */
    public static final Permission API_KEYS_CREATE = Permission.of("core.api_keys.create", "The permission issuing a key requires (contributors and above hold it)");

    /** The permission revoking another member's key requires (admins and owners hold it). */
    public static final Permission API_KEYS_MANAGE = Permission.of("core.api_keys.manage", "The permission revoking another member's key requires (admins and owners hold it)");

    /** Create attachments. */
    public static final Permission ATTACHMENTS_CREATE = Permission.of("core.attachments.create", "Create attachments");

    /** Delete attachments. */
    public static final Permission ATTACHMENTS_DELETE = Permission.of("core.attachments.delete", "Delete attachments");

    /** Read attachments. */
    public static final Permission ATTACHMENTS_READ = Permission.of("core.attachments.read", "Read attachments");

    /** Update attachments. */
    public static final Permission ATTACHMENTS_UPDATE = Permission.of("core.attachments.update", "Update attachments");

    /** Permission to revert transactions and restore records. */
    public static final Permission AUDIT_MANAGE = Permission.of("core.audit.manage", "Permission to revert transactions and restore records");

    /** Permission to read the audit trail. */
    public static final Permission AUDIT_READ = Permission.of("core.audit.read", "Permission to read the audit trail");

    /** Posting, replying and reacting. */
    public static final Permission COMMENTS_CREATE = Permission.of("core.comments.create", "Posting, replying and reacting");

    /** Moderating: deleting other members' comments. */
    public static final Permission COMMENTS_MANAGE = Permission.of("core.comments.manage", "Moderating: deleting other members' comments");

    /** Reading threads and reactions. */
    public static final Permission COMMENTS_READ = Permission.of("core.comments.read", "Reading threads and reactions");

    /** Resolving and reopening threads. */
    public static final Permission COMMENTS_UPDATE = Permission.of("core.comments.update", "Resolving and reopening threads");

    /** Creating, changing, activating and deleting automation rules, and running them by hand (admins and owners hold it). */
    public static final Permission AUTOMATIONS_MANAGE = Permission.of("core.automations.manage", "Creating, changing, activating and deleting automation rules, and running them by hand");

    /** Reading automation rules and their runs. */
    public static final Permission AUTOMATIONS_READ = Permission.of("core.automations.read", "Reading automation rules and their runs");

    /** Create files. */
    public static final Permission FILES_CREATE = Permission.of("core.files.create", "Create files");

    /** Delete files. */
    public static final Permission FILES_DELETE = Permission.of("core.files.delete", "Delete files");

    /** Read files. */
    public static final Permission FILES_READ = Permission.of("core.files.read", "Read files");

    /** Update files. */
    public static final Permission FILES_UPDATE = Permission.of("core.files.update", "Update files");

    /** Creating locations. */
    public static final Permission LOCATIONS_CREATE = Permission.of("core.locations.create", "Creating locations");

    /** Reading locations. */
    public static final Permission LOCATIONS_READ = Permission.of("core.locations.read", "Reading locations");

    /** Reading the organization's memberships, custom roles, role assignments and direct grants. */
    public static final Permission MEMBERS_READ = Permission.of("core.members.read", "Reading memberships, custom roles and grants");

    /** The permission that membership administration requires. */
    public static final Permission MEMBERS_MANAGE = Permission.of("core.members.manage", "The permission that membership administration requires");

    /** The permission that recording deliveries requires (admins and owners hold it). */
    public static final Permission NOTIFICATIONS_MANAGE = Permission.of("core.notifications.manage", "The permission that recording deliveries requires (admins and owners hold it)");

    /** Permission to delete the organization. */
    public static final Permission ORGANIZATION_DELETE = Permission.of("core.organization.delete", "Permission to delete the organization");

    /** Reading the organization's own record. */
    public static final Permission ORGANIZATION_READ = Permission.of("core.organization.read", "Reading the organization's record");

    /** Permission to make, demote, suspend or remove owners. */
    public static final Permission OWNERS_MANAGE = Permission.of("core.owners.manage", "Permission to make, demote, suspend or remove owners");

    /** Reading members' profiles. */
    public static final Permission PROFILES_READ = Permission.of("core.profiles.read", "Reading members' profiles");

    /** Create taggings. */
    public static final Permission TAGGINGS_CREATE = Permission.of("core.taggings.create", "Create taggings");

    /** Delete taggings. */
    public static final Permission TAGGINGS_DELETE = Permission.of("core.taggings.delete", "Delete taggings");

    /** Create tags. */
    public static final Permission TAGS_CREATE = Permission.of("core.tags.create", "Create tags");

    /** Delete tags. */
    public static final Permission TAGS_DELETE = Permission.of("core.tags.delete", "Delete tags");

    /** Read tags. */
    public static final Permission TAGS_READ = Permission.of("core.tags.read", "Read tags");

    /** Update tags. */
    public static final Permission TAGS_UPDATE = Permission.of("core.tags.update", "Update tags");

    /** The permission every webhook operation requires (admins and owners hold it). */
    public static final Permission WEBHOOKS_MANAGE = Permission.of("core.webhooks.manage", "The permission every webhook operation requires (admins and owners hold it)");

    /** Every permission of the module. */
    public static final List<Permission> ALL = List.of(API_KEYS_CREATE, API_KEYS_MANAGE, ATTACHMENTS_CREATE, ATTACHMENTS_DELETE, ATTACHMENTS_READ, ATTACHMENTS_UPDATE, AUDIT_MANAGE, AUDIT_READ, AUTOMATIONS_MANAGE, AUTOMATIONS_READ, COMMENTS_CREATE, COMMENTS_MANAGE, COMMENTS_READ, COMMENTS_UPDATE, FILES_CREATE, FILES_DELETE, FILES_READ, FILES_UPDATE, LOCATIONS_CREATE, LOCATIONS_READ, MEMBERS_MANAGE, MEMBERS_READ, NOTIFICATIONS_MANAGE, ORGANIZATION_DELETE, ORGANIZATION_READ, OWNERS_MANAGE, PROFILES_READ, TAGGINGS_CREATE, TAGGINGS_DELETE, TAGS_CREATE, TAGS_DELETE, TAGS_READ, TAGS_UPDATE, WEBHOOKS_MANAGE);

    private CorePermissions() {}
}
