package dev.atlvs.pipeline;

import static dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED;
import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;

import dev.atlvs.core.error.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The named rules of the pipeline module's tables, declared once here: each is held by the database (a trigger, a
 * unique or exclusion constraint, or a CHECK over several columns) or, where stated, by the SDK alone, and reported
 * with the same code, field and name whoever catches it (see {@link Rule}). The single-column CHECK constraints are not
 * listed: validation reports them under their own names through the annotations that mirror them.
 */
@SuppressWarnings("unused")
public final class PipelineRules {

    // --- sales ---

    // --- contacts ---

    // --- forecasts ---

    /** A forecast snapshot's period ends on or after its start. */
    public static final Rule PIPELINE_FORECASTS_PERIOD_CHECK = Rule.of("pipeline_forecasts_period_check", VALIDATION_FAILED,
            "pipeline_forecasts", "periodEnd", "must not be before the period's start");

    /** A forecast snapshot's figures never change once written; only its notes may. */
    public static final Rule PIPELINE_FORECASTS_IMMUTABLE = Rule.of("pipeline_forecasts_immutable", RULE_VIOLATED,
            "pipeline_forecasts", "weightedValue", "a forecast snapshot's figures never change once written; only its notes may");

    // --- automations ---

    // --- manning ---

    // --- onboarding and advancing ---

    /** The rules of pipelines, stages, deals, activities and conversions. */
    private static final List<Rule> SALES = List.of();

    /** The rules of contacts. */
    private static final List<Rule> CONTACTS = List.of();

    /** The rules of forecasts and funnel analytics. */
    private static final List<Rule> FORECASTS = List.of(PIPELINE_FORECASTS_PERIOD_CHECK, PIPELINE_FORECASTS_IMMUTABLE);

    /** The rules of pipeline automations. */
    private static final List<Rule> AUTOMATIONS = List.of();

    /** The rules of manning. */
    private static final List<Rule> MANNING = List.of();

    /** The rules of onboarding and advancing. */
    private static final List<Rule> ONBOARDING = List.of();

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelineRules() {}
}
