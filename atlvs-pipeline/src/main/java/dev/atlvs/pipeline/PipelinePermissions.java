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

    /** Reading forecasts, forecast snapshots, their accuracy, the funnel and stale deals. */
    public static final Permission FORECASTS_READ = Permission.of("pipeline.forecasts.read",
            "Reading forecasts, forecast snapshots and their accuracy, funnel analytics and stale deals");

    /** Taking forecast snapshots and annotating them. */
    public static final Permission FORECASTS_CREATE = Permission.of("pipeline.forecasts.create",
            "Taking forecast snapshots and annotating them");

    // --- automations ---

    // --- manning ---

    // --- onboarding and advancing ---

    /** The permissions of pipelines, stages, deals and activities. */
    private static final List<Permission> SALES = List.of();

    /** The permissions of contacts. */
    private static final List<Permission> CONTACTS = List.of();

    /** The permissions of forecasts and funnel analytics. */
    private static final List<Permission> FORECASTS = List.of(FORECASTS_READ, FORECASTS_CREATE);

    /** The permissions of pipeline automations. */
    private static final List<Permission> AUTOMATIONS = List.of();

    /** The permissions of manning. */
    private static final List<Permission> MANNING = List.of();

    /** The permissions of onboarding and advancing. */
    private static final List<Permission> ONBOARDING = List.of();

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelinePermissions() {}
}
