package dev.atlvs.pipeline;

import dev.atlvs.core.permission.Permission;
import java.util.List;
import java.util.stream.Stream;

/**
 * The permissions of the pipeline module: every permission its operations require, declared once here. Hosts grant
 * them to custom roles or users by name or by pattern ({@code pipeline.*}).
 */
public final class PipelinePermissions {

    // --- sales ---

    /** Creating, changing and archiving pipelines and their stages. */
    public static final Permission PIPELINES_MANAGE = Permission.of("pipeline.pipelines.manage",
            "Creating, changing and archiving sales pipelines and their stages");

    /** Reading pipelines, deals, their activities, conversion facts and timelines. */
    public static final Permission DEALS_READ = Permission.of("pipeline.deals.read",
            "Reading sales pipelines, deals, their activities and conversion facts");

    /** Opening deals. */
    public static final Permission DEALS_CREATE = Permission.of("pipeline.deals.create", "Opening deals");

    /** Changing deals, moving them between stages, holding, winning and losing them, and logging their activities. */
    public static final Permission DEALS_UPDATE = Permission.of("pipeline.deals.update",
            "Changing deals, moving, holding, winning and losing them, and logging their activities");

    /** Deleting deals (they can be restored). */
    public static final Permission DEALS_DELETE = Permission.of("pipeline.deals.delete", "Deleting deals");

    // --- contacts ---

    /** Reading the contacts of deals. */
    public static final Permission CONTACTS_READ = Permission.of("pipeline.contacts.read", "Reading sales contacts");

    /** Adding, changing and removing contacts and putting them on deals. */
    public static final Permission CONTACTS_UPDATE = Permission.of("pipeline.contacts.update",
            "Adding, changing and removing sales contacts and putting them on deals");

    // --- forecasts ---

    /** Reading forecasts, forecast snapshots, their accuracy, the funnel and stale deals. */
    public static final Permission FORECASTS_READ = Permission.of("pipeline.forecasts.read",
            "Reading forecasts, forecast snapshots and their accuracy, funnel analytics and stale deals");

    /** Taking forecast snapshots and annotating them. */
    public static final Permission FORECASTS_CREATE = Permission.of("pipeline.forecasts.create",
            "Taking forecast snapshots and annotating them");

    // --- automations ---

    // --- manning ---

    /** Reading crew plans: manning slots, assignments, fill rates and costs. */
    public static final Permission MANNING_READ = Permission.of("pipeline.manning.read",
            "Reading crew plans: manning slots, assignments, fill rates and costs");

    /** Planning manning slots and assigning people to them. */
    public static final Permission MANNING_CREATE = Permission.of("pipeline.manning.create",
            "Planning manning slots and assigning people to them");

    /** Changing manning slots and moving assignments (confirm, decline, complete, cancel). */
    public static final Permission MANNING_UPDATE = Permission.of("pipeline.manning.update",
            "Changing manning slots and moving assignments");

    /** Deleting manning slots (they can be restored). */
    public static final Permission MANNING_DELETE = Permission.of("pipeline.manning.delete",
            "Deleting manning slots");

    // --- onboarding and advancing ---

    /** Reading onboarding workflows and their tasks, progress and project readiness. */
    public static final Permission ONBOARDING_READ = Permission.of("pipeline.onboarding.read",
            "Reading onboarding workflows, their tasks, progress and project readiness");

    /** Starting onboarding workflows, generating their checklists and adding tasks. */
    public static final Permission ONBOARDING_CREATE = Permission.of("pipeline.onboarding.create",
            "Starting onboarding workflows and adding their tasks");

    /** Changing onboarding workflows and tasks: completing and reopening tasks, moving workflows. */
    public static final Permission ONBOARDING_UPDATE = Permission.of("pipeline.onboarding.update",
            "Changing onboarding workflows and tasks, completing and reopening them");

    /** Waiving a required onboarding task, with a reason (held by the database too). */
    public static final Permission ONBOARDING_APPROVE = Permission.of("pipeline.onboarding.approve",
            "Waiving a required onboarding task, with a reason");

    /** Deleting onboarding workflows and tasks. */
    public static final Permission ONBOARDING_DELETE = Permission.of("pipeline.onboarding.delete",
            "Deleting onboarding workflows and tasks");

    /** Reading the production advance: items, checklist reports. */
    public static final Permission ADVANCING_READ = Permission.of("pipeline.advancing.read",
            "Reading the production advance checklist and its reports");

    /** Adding advancing items and generating a project's standard checklist. */
    public static final Permission ADVANCING_CREATE = Permission.of("pipeline.advancing.create",
            "Adding advancing items and generating a project's standard checklist");

    /** Changing and moving advancing items. */
    public static final Permission ADVANCING_UPDATE = Permission.of("pipeline.advancing.update",
            "Changing and moving advancing items");

    /** Deleting advancing items (they can be restored). */
    public static final Permission ADVANCING_DELETE = Permission.of("pipeline.advancing.delete",
            "Deleting advancing items");

    /** The permissions of pipelines, stages, deals and activities. */
    private static final List<Permission> SALES = List.of(PIPELINES_MANAGE, DEALS_READ, DEALS_CREATE, DEALS_UPDATE, DEALS_DELETE);

    /** The permissions of contacts. */
    private static final List<Permission> CONTACTS = List.of(CONTACTS_READ, CONTACTS_UPDATE);

    /** The permissions of forecasts and funnel analytics. */
    private static final List<Permission> FORECASTS = List.of(FORECASTS_READ, FORECASTS_CREATE);

    /** The permissions of pipeline automations. */
    private static final List<Permission> AUTOMATIONS = List.of();

    /** The permissions of manning. */
    private static final List<Permission> MANNING = List.of(MANNING_READ, MANNING_CREATE, MANNING_UPDATE, MANNING_DELETE);

    /** The permissions of onboarding and advancing. */
    private static final List<Permission> ONBOARDING = List.of(ONBOARDING_READ, ONBOARDING_CREATE, ONBOARDING_UPDATE,
            ONBOARDING_APPROVE, ONBOARDING_DELETE, ADVANCING_READ, ADVANCING_CREATE, ADVANCING_UPDATE, ADVANCING_DELETE);

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelinePermissions() {}
}
