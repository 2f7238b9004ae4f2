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

    /** The permissions of pipelines, stages, deals and activities. */
    private static final List<Permission> SALES = List.of();

    /** The permissions of contacts. */
    private static final List<Permission> CONTACTS = List.of();

    /** The permissions of forecasts and funnel analytics. */
    private static final List<Permission> FORECASTS = List.of();

    /** The permissions of pipeline automations. */
    private static final List<Permission> AUTOMATIONS = List.of();

    /** The permissions of manning. */
    private static final List<Permission> MANNING = List.of(MANNING_READ, MANNING_CREATE, MANNING_UPDATE, MANNING_DELETE);

    /** The permissions of onboarding and advancing. */
    private static final List<Permission> ONBOARDING = List.of();

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelinePermissions() {}
}
