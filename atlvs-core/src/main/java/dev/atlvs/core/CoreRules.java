package dev.atlvs.core;

import static dev.atlvs.core.error.CoreErrorCode.AUTOMATION_LOOP;
import static dev.atlvs.core.error.CoreErrorCode.LAST_OWNER;
import static dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED;
import static dev.atlvs.core.error.CoreErrorCode.PRIVILEGE_ESCALATION;
import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.UNKNOWN_EVENT_TYPE;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;

import dev.atlvs.core.error.Rule;
import java.util.List;

/**
 * The named rules of the core tables, declared once here: each is held by the database (a trigger or a CHECK
 * over several columns) and reported with the same code, field and name whether the database or a Java check
 * catches it (see {@link Rule}). The single-column CHECK constraints are not listed: validation reports them
 * under their own names through the annotations that mirror them.
 */
public final class CoreRules {

    // --- organizations and members ---

    /** An organization's time zone is one the database knows. */
    public static final Rule ORGANIZATIONS_TIMEZONE_ZONE = Rule.of("organizations_timezone_zone", VALIDATION_FAILED,
            "organizations", "timezone", "must be an IANA time zone such as Europe/Berlin");

    /** An organization's search configuration is a text search configuration the database knows ({@code pg_ts_config}). */
    public static final Rule ORGANIZATIONS_SEARCH_CONFIGURATION_KNOWN = Rule.of("organizations_search_configuration_known",
            VALIDATION_FAILED, "organizations", "searchConfiguration", "must be a text search configuration of the database, such as english");

    /** An organization is created together with its first active owner (checked at commit). */
    public static final Rule ORGANIZATIONS_ACTIVE_OWNER = Rule.of("organizations_active_owner", LAST_OWNER,
            "organizations", "id", "an organization must be created with an active owner");

    /** The last active owner of an organization is neither demoted nor removed. */
    public static final Rule ORGANIZATION_MEMBERS_LAST_OWNER = Rule.of("organization_members_last_owner", LAST_OWNER,
            "organization_members", "role", "an organization must keep at least one active owner");

    /** A member who is not merely invited (or removed) has joined. */
    public static final Rule ORGANIZATION_MEMBERS_JOINED_AT_CHECK = Rule.of("organization_members_joined_at_check", VALIDATION_FAILED,
            "organization_members", "joinedAt", "is set for every member who is neither invited nor removed");

    /** An anonymized user, and only one, has the time of the anonymization. */
    public static final Rule USERS_ANONYMIZED_AT_CHECK = Rule.of("users_anonymized_at_check", VALIDATION_FAILED,
            "users", "anonymizedAt", "is set exactly when the user is anonymized");

    /** Users are anonymized, never deleted. */
    public static final Rule USERS_NEVER_DELETED = Rule.of("users_never_deleted", RULE_VIOLATED,
            "users", "id", "users are anonymized, never deleted");

    // --- permissions ---

    /** The system roles are neither changed nor deleted. */
    public static final Rule CUSTOM_ROLES_SYSTEM_ROLE = Rule.of("custom_roles_system_role", RULE_VIOLATED,
            "custom_roles", "isSystem", "system roles cannot be changed or deleted");

    /** A role grant scoped to a record names both its type and its id. */
    public static final Rule USER_ROLES_SCOPE_CHECK = Rule.of("user_roles_scope_check", VALIDATION_FAILED,
            "user_roles", "scopeId", "scope type and scope id are given together");

    /** A role grant expires after it was granted. */
    public static final Rule USER_ROLES_EXPIRES_AT_CHECK = Rule.of("user_roles_expires_at_check", VALIDATION_FAILED,
            "user_roles", "expiresAt", "must be after grantedAt");

    /** A direct grant on a record names both its type and its id. */
    public static final Rule USER_PERMISSIONS_RESOURCE_CHECK = Rule.of("user_permissions_resource_check", VALIDATION_FAILED,
            "user_permissions", "resourceId", "resource type and resource id are given together");

    /** A direct grant expires after it was granted. */
    public static final Rule USER_PERMISSIONS_EXPIRES_AT_CHECK = Rule.of("user_permissions_expires_at_check", VALIDATION_FAILED,
            "user_permissions", "expiresAt", "must be after grantedAt");

    // --- privileges: who may change memberships, roles and grants (the database checks the verified actor) ---

    /** Changing a membership needs {@code core.members.manage}, except a member editing its own descriptive columns. */
    public static final Rule ORGANIZATION_MEMBERS_MANAGE_REQUIRED = Rule.of("organization_members_manage_required",
            PERMISSION_DENIED, "organization_members", "role", "changing memberships needs the permission core.members.manage");

    /** Making, changing or removing an owner needs {@code core.owners.manage}. */
    public static final Rule ORGANIZATION_MEMBERS_OWNER_REQUIRED = Rule.of("organization_members_owner_required",
            PERMISSION_DENIED, "organization_members", "role",
            "making, changing or removing an owner needs the permission core.owners.manage");

    /** Changing an organization's retention of its logs needs {@code core.audit.manage} (or the platform). */
    public static final Rule ORGANIZATIONS_RETENTION_AUDIT_MANAGE = Rule.of("organizations_retention_audit_manage",
            PRIVILEGE_ESCALATION, "organizations", "audit_log_retention_days",
            "changing the retention of the logs needs the permission core.audit.manage");

    /** Nobody raises their own base role. */
    public static final Rule ORGANIZATION_MEMBERS_SELF_ESCALATION = Rule.of("organization_members_self_escalation",
            PRIVILEGE_ESCALATION, "organization_members", "role", "nobody raises their own role");

    /** Changing a custom role needs {@code core.members.manage}. */
    public static final Rule CUSTOM_ROLES_MANAGE_REQUIRED = Rule.of("custom_roles_manage_required", PERMISSION_DENIED,
            "custom_roles", "permissions", "changing custom roles needs the permission core.members.manage");

    /** A custom role gains only permissions its author holds. */
    public static final Rule CUSTOM_ROLES_PERMISSIONS_HELD = Rule.of("custom_roles_permissions_held", PRIVILEGE_ESCALATION,
            "custom_roles", "permissions", "a role gains only permissions its author holds");

    /** Assigning or unassigning a custom role needs {@code core.members.manage}. */
    public static final Rule USER_ROLES_MANAGE_REQUIRED = Rule.of("user_roles_manage_required", PERMISSION_DENIED,
            "user_roles", "roleId", "assigning roles needs the permission core.members.manage");

    /** Nobody assigns a role to themselves. */
    public static final Rule USER_ROLES_SELF_GRANT = Rule.of("user_roles_self_grant", PRIVILEGE_ESCALATION,
            "user_roles", "userId", "nobody assigns a role to themselves");

    /** A role is assigned only by someone holding all its permissions (organization-wide or on the scoped record). */
    public static final Rule USER_ROLES_PERMISSIONS_HELD = Rule.of("user_roles_permissions_held", PRIVILEGE_ESCALATION,
            "user_roles", "roleId", "a role is assigned only by someone holding all its permissions");

    /** Granting or revoking a permission needs {@code core.members.manage}. */
    public static final Rule USER_PERMISSIONS_MANAGE_REQUIRED = Rule.of("user_permissions_manage_required", PERMISSION_DENIED,
            "user_permissions", "permission", "granting permissions needs the permission core.members.manage");

    /** Nobody grants a permission to themselves. */
    public static final Rule USER_PERMISSIONS_SELF_GRANT = Rule.of("user_permissions_self_grant", PRIVILEGE_ESCALATION,
            "user_permissions", "userId", "nobody grants a permission to themselves");

    /** A permission is granted only by someone holding it (organization-wide or on the record). */
    public static final Rule USER_PERMISSIONS_PERMISSION_HELD = Rule.of("user_permissions_permission_held", PRIVILEGE_ESCALATION,
            "user_permissions", "permission", "a permission is granted only by someone holding it");

    // --- profiles and locations ---

    /** Nobody manages themselves. */
    public static final Rule USER_PROFILES_MANAGER_CHECK = Rule.of("user_profiles_manager_check", VALIDATION_FAILED,
            "user_profiles", "managerUserId", "a person cannot manage themselves");

    /** The manager chain never loops. */
    public static final Rule USER_PROFILES_MANAGER_CYCLE = Rule.of("user_profiles_manager_cycle", VALIDATION_FAILED,
            "user_profiles", "managerUserId", "the manager chain would loop")
            .raisedAs("the change would make a loop in user_profiles");

    /**
     * Nobody is hired before they are born. Checked in Java only: the date of birth is encrypted
     * ({@code @Db.Encrypted}), so the database cannot compare it.
     */
    public static final Rule USER_PROFILES_HIRE_DATE_CHECK = Rule.of("user_profiles_hire_date_check", VALIDATION_FAILED,
            "user_profiles", "hireDate", "must not be before dateOfBirth");

    /** An encrypted employee id has its blind index, and only an employee id has one. */
    public static final Rule USER_PROFILES_EMPLOYEE_ID_BIDX_CHECK = Rule.of("user_profiles_employee_id_bidx_check", VALIDATION_FAILED,
            "user_profiles", "employeeId", "an employee id and its blind index are written together");

    /** A date of birth is not before 1900. Checked in Java only: the date of birth is encrypted. */
    public static final Rule USER_PROFILES_DATE_OF_BIRTH_CHECK = Rule.of("user_profiles_date_of_birth_check", VALIDATION_FAILED,
            "user_profiles", "dateOfBirth", "must not be before 1900-01-01");

    /** A location's latitude and longitude are given together. */
    public static final Rule LOCATIONS_COORDINATES_CHECK = Rule.of("locations_coordinates_check", VALIDATION_FAILED,
            "locations", "longitude", "latitude and longitude are given together");

    /** A location is not its own parent. */
    public static final Rule LOCATIONS_PARENT_CHECK = Rule.of("locations_parent_check", VALIDATION_FAILED,
            "locations", "parentId", "a location cannot be its own parent");

    /** The location hierarchy never loops. */
    public static final Rule LOCATIONS_PARENT_CYCLE = Rule.of("locations_parent_cycle", VALIDATION_FAILED,
            "locations", "parentId", "the location hierarchy would loop")
            .raisedAs("the change would make a loop in locations");

    /** A location's time zone is one the database knows. */
    public static final Rule LOCATIONS_TIMEZONE_ZONE = Rule.of("locations_timezone_zone", VALIDATION_FAILED,
            "locations", "timezone", "must be an IANA time zone such as Europe/Berlin");

    // --- comments, files, attachments, tags, notifications ---

    /** A comment stays on its record and in its thread. */
    public static final Rule COMMENTS_THREAD_FIXED = Rule.of("comments_thread_fixed", VALIDATION_FAILED,
            "comments", "parentId", "a comment stays on its record and in its thread");

    /** Threads are one level deep. */
    public static final Rule COMMENTS_PARENT_DEPTH = Rule.of("comments_parent_depth", VALIDATION_FAILED,
            "comments", "parentId", "threads are one level deep: a reply answers a top-level comment");

    /** A reply is on the record of its parent. */
    public static final Rule COMMENTS_PARENT_ENTITY = Rule.of("comments_parent_entity", VALIDATION_FAILED,
            "comments", "parentId", "a reply is on the same record as its parent");

    /** A comment does not reply to itself. */
    public static final Rule COMMENTS_PARENT_CHECK = Rule.of("comments_parent_check", VALIDATION_FAILED,
            "comments", "parentId", "a comment cannot reply to itself");

    /** Only members of the organization are mentioned. */
    public static final Rule COMMENTS_MENTIONS_MEMBER = Rule.of("comments_mentions_member", VALIDATION_FAILED,
            "comments", "mentions", "only members of the organization can be mentioned");

    /** A resolved thread, and only one, has the time of its resolution; a resolver only with it. */
    public static final Rule COMMENTS_RESOLVED_AT_CHECK = Rule.of("comments_resolved_at_check", VALIDATION_FAILED,
            "comments", "resolvedAt", "resolvedAt (and resolvedBy) are set exactly when the comment is resolved");

    /** Only a top-level comment (a thread) is resolved. */
    public static final Rule COMMENTS_IS_RESOLVED_CHECK = Rule.of("comments_is_resolved_check", VALIDATION_FAILED,
            "comments", "isResolved", "only a top-level comment (a thread) is resolved");

    /** A comment is on a record of a registered entity type. */
    public static final Rule COMMENTS_ENTITY_ID_TYPE = Rule.of("comments_entity_id_type", VALIDATION_FAILED,
            "comments", "entityType", "is a registered entity type");

    /** A file is not a version of itself. */
    public static final Rule STORAGE_FILES_VERSION_OF_CHECK = Rule.of("storage_files_version_of_check", VALIDATION_FAILED,
            "storage_files", "versionOf", "a file cannot be a version of itself");

    /** A file stays in its version chain. */
    public static final Rule STORAGE_FILES_VERSION_OF_FIXED = Rule.of("storage_files_version_of_fixed", VALIDATION_FAILED,
            "storage_files", "versionOf", "a file stays in its version chain");

    /** The files of an organization stay within its storage quota. */
    public static final Rule STORAGE_FILES_QUOTA = Rule.of("storage_files_quota", RULE_VIOLATED,
            "storage_files", "sizeBytes", "the file would take the organization over its storage quota")
            .raisedAs("the organization's storage quota would be exceeded");

    /** An attachment is on a record of a registered entity type. */
    public static final Rule ATTACHMENTS_ENTITY_ID_TYPE = Rule.of("attachments_entity_id_type", VALIDATION_FAILED,
            "attachments", "entityType", "is a registered entity type");

    /** A tagging is on a record of a registered entity type. */
    public static final Rule TAGGINGS_ENTITY_ID_TYPE = Rule.of("taggings_entity_id_type", VALIDATION_FAILED,
            "taggings", "entityType", "is a registered entity type");

    /** A notification names its record's type and id together. */
    public static final Rule NOTIFICATIONS_ENTITY_CHECK = Rule.of("notifications_entity_check", VALIDATION_FAILED,
            "notifications", "entityId", "entity type and entity id are given together");

    /** A notification is about a record of a registered entity type. */
    public static final Rule NOTIFICATIONS_ENTITY_ID_TYPE = Rule.of("notifications_entity_id_type", VALIDATION_FAILED,
            "notifications", "entityType", "is a registered entity type");

    // --- events and webhooks ---

    /** A stored event has a type registered for its aggregate type. */
    public static final Rule DOMAIN_EVENTS_EVENT_TYPE_REGISTERED = Rule.of("domain_events_event_type_registered", UNKNOWN_EVENT_TYPE,
            "domain_events", "eventType", "is an event type registered for the aggregate type")
            .raisedAs("the event type is not registered for the aggregate type");

    /** A webhook subscribes to registered event types only. */
    public static final Rule WEBHOOKS_EVENT_TYPES_REGISTERED = Rule.of("webhooks_event_types_registered", UNKNOWN_EVENT_TYPE,
            "webhooks", "eventTypes", "every event type a webhook subscribes to is registered")
            .raisedAs("every event type a webhook subscribes to must be registered");

    /** A disabled webhook, and only one, has the time it was disabled. */
    public static final Rule WEBHOOKS_DISABLED_CHECK = Rule.of("webhooks_disabled_check", VALIDATION_FAILED,
            "webhooks", "disabledAt", "is set exactly when the webhook is disabled");

    // --- automations ---

    /** A rule's actions are a JSON array. */
    public static final Rule SETTINGS_WORKFLOWS_ACTIONS_CHECK = Rule.of("settings_workflows_actions_check", VALIDATION_FAILED,
            "settings_workflows", "actions", "must be a JSON array of actions");

    /**
     * No set of active automations triggers itself in a circle: a rule's actions may not cause a trigger that leads
     * back to it. Held by the SDK when a rule is saved ({@link dev.atlvs.core.automation.AutomationRules}); the
     * engine stops a loop written past it at run time.
     */
    public static final Rule SETTINGS_WORKFLOWS_LOOP = Rule.of("settings_workflows_loop", AUTOMATION_LOOP,
            "settings_workflows", "actions", "the rule's actions would trigger it again through the organization's active automations");

    /** Every rule of the core tables. */
    public static final List<Rule> ALL = List.of(
            ORGANIZATIONS_TIMEZONE_ZONE, ORGANIZATIONS_SEARCH_CONFIGURATION_KNOWN, ORGANIZATIONS_ACTIVE_OWNER, ORGANIZATION_MEMBERS_LAST_OWNER,
            ORGANIZATION_MEMBERS_JOINED_AT_CHECK, USERS_ANONYMIZED_AT_CHECK, USERS_NEVER_DELETED,
            CUSTOM_ROLES_SYSTEM_ROLE, USER_ROLES_SCOPE_CHECK, USER_ROLES_EXPIRES_AT_CHECK, USER_PERMISSIONS_RESOURCE_CHECK,
            USER_PERMISSIONS_EXPIRES_AT_CHECK, ORGANIZATION_MEMBERS_MANAGE_REQUIRED, ORGANIZATION_MEMBERS_OWNER_REQUIRED,
            ORGANIZATION_MEMBERS_SELF_ESCALATION, ORGANIZATIONS_RETENTION_AUDIT_MANAGE, CUSTOM_ROLES_MANAGE_REQUIRED, CUSTOM_ROLES_PERMISSIONS_HELD,
            USER_ROLES_MANAGE_REQUIRED, USER_ROLES_SELF_GRANT, USER_ROLES_PERMISSIONS_HELD, USER_PERMISSIONS_MANAGE_REQUIRED,
            USER_PERMISSIONS_SELF_GRANT, USER_PERMISSIONS_PERMISSION_HELD, USER_PROFILES_MANAGER_CHECK, USER_PROFILES_MANAGER_CYCLE, USER_PROFILES_HIRE_DATE_CHECK,
            USER_PROFILES_DATE_OF_BIRTH_CHECK, USER_PROFILES_EMPLOYEE_ID_BIDX_CHECK,
            LOCATIONS_COORDINATES_CHECK, LOCATIONS_PARENT_CHECK, LOCATIONS_PARENT_CYCLE, LOCATIONS_TIMEZONE_ZONE,
            COMMENTS_THREAD_FIXED, COMMENTS_PARENT_DEPTH, COMMENTS_PARENT_ENTITY, COMMENTS_PARENT_CHECK, COMMENTS_MENTIONS_MEMBER,
            COMMENTS_RESOLVED_AT_CHECK, COMMENTS_IS_RESOLVED_CHECK, COMMENTS_ENTITY_ID_TYPE,
            STORAGE_FILES_VERSION_OF_CHECK, STORAGE_FILES_VERSION_OF_FIXED, STORAGE_FILES_QUOTA,
            ATTACHMENTS_ENTITY_ID_TYPE, TAGGINGS_ENTITY_ID_TYPE, NOTIFICATIONS_ENTITY_CHECK, NOTIFICATIONS_ENTITY_ID_TYPE,
            DOMAIN_EVENTS_EVENT_TYPE_REGISTERED, WEBHOOKS_EVENT_TYPES_REGISTERED, WEBHOOKS_DISABLED_CHECK,
            SETTINGS_WORKFLOWS_ACTIONS_CHECK, SETTINGS_WORKFLOWS_LOOP);

    private CoreRules() {}
}
