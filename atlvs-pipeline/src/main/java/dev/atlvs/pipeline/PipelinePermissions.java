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

    // --- contacts ---

    // --- forecasts ---

    // --- automations ---

    // --- manning ---

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
    private static final List<Permission> SALES = List.of();

    /** The permissions of contacts. */
    private static final List<Permission> CONTACTS = List.of();

    /** The permissions of forecasts and funnel analytics. */
    private static final List<Permission> FORECASTS = List.of();

    /** The permissions of pipeline automations. */
    private static final List<Permission> AUTOMATIONS = List.of();

    /** The permissions of manning. */
    private static final List<Permission> MANNING = List.of();

    /** The permissions of onboarding and advancing. */
    private static final List<Permission> ONBOARDING = List.of(ONBOARDING_READ, ONBOARDING_CREATE, ONBOARDING_UPDATE,
            ONBOARDING_APPROVE, ONBOARDING_DELETE, ADVANCING_READ, ADVANCING_CREATE, ADVANCING_UPDATE, ADVANCING_DELETE);

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelinePermissions() {}
}
