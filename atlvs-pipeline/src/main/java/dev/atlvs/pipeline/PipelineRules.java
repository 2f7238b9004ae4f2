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

    // --- automations ---

    // --- manning ---

    /** A manning slot's shift ends after it starts. */
    public static final Rule MANNING_SLOTS_ENDS_AT_CHECK = Rule.of("manning_slots_ends_at_check", VALIDATION_FAILED,
            "manning_slots", "endsAt", "must be after the start of the shift");

    /** A slot keeps room for its live assignments: required count not below them, not cancelled while any is live. */
    public static final Rule MANNING_SLOTS_REQUIRED_COVERS_FILLED = Rule.of("manning_slots_required_covers_filled",
            PipelineErrorCode.MANNING_SLOT_FILLED, "manning_slots", "requiredCount",
            "a slot keeps room for its live assignments: its required count is not cut below them and it is not cancelled while any is live");

    /** A slot takes no more live assignments than its required count; a cancelled or deleted slot takes none. */
    public static final Rule MANNING_ASSIGNMENTS_WITHIN_REQUIRED = Rule.of("manning_assignments_within_required",
            PipelineErrorCode.MANNING_SLOT_FULL, "manning_assignments", "slotId",
            "a slot takes no more live assignments than its required count");

    /** Only an active person of the directory is assigned to crew. */
    public static final Rule MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE = Rule.of("manning_assignments_person_assignable",
            PipelineErrorCode.MANNING_PERSON_NOT_ASSIGNABLE, "manning_assignments", "personId",
            "only an active person of the directory is assigned to crew");

    /** An assigned or confirmed person is free over the shift: no other project's commitment, leave or crew shift. */
    public static final Rule MANNING_ASSIGNMENTS_PERSON_AVAILABLE = Rule.of("manning_assignments_person_available",
            PipelineErrorCode.MANNING_PERSON_UNAVAILABLE, "manning_assignments", "personId",
            "the person is not free over the shift");

    /** An assignment's status moves along its lifecycle only. */
    public static final Rule MANNING_ASSIGNMENTS_STATUS_TRANSITION = Rule.of("manning_assignments_status_transition",
            PipelineErrorCode.MANNING_ASSIGNMENT_TRANSITION_INVALID, "manning_assignments", "status",
            "an assignment moves assigned, then confirmed, declined or cancelled, and a confirmed one completed or cancelled");

    // --- onboarding and advancing ---

    /** The rules of pipelines, stages, deals, activities and conversions. */
    private static final List<Rule> SALES = List.of();

    /** The rules of contacts. */
    private static final List<Rule> CONTACTS = List.of();

    /** The rules of forecasts and funnel analytics. */
    private static final List<Rule> FORECASTS = List.of();

    /** The rules of pipeline automations. */
    private static final List<Rule> AUTOMATIONS = List.of();

    /** The rules of manning. */
    private static final List<Rule> MANNING = List.of(MANNING_SLOTS_ENDS_AT_CHECK, MANNING_SLOTS_REQUIRED_COVERS_FILLED,
            MANNING_ASSIGNMENTS_WITHIN_REQUIRED, MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE, MANNING_ASSIGNMENTS_PERSON_AVAILABLE,
            MANNING_ASSIGNMENTS_STATUS_TRANSITION);

    /** The rules of onboarding and advancing. */
    private static final List<Rule> ONBOARDING = List.of();

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelineRules() {}
}
