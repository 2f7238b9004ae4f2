package dev.atlvs.pipeline.sales.pipeline;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stage to create with a pipeline, in the order given: its name, probability and forecast category, and whether it
 * is the won or the lost stage. {@link #DEFAULTS} are lead 10 %, qualified 25 %, proposal 50 % best case,
 * negotiation 75 % commit, won and lost.
 *
 * @param name        the stage's name
 * @param probability its default probability in percent
 * @param category    its forecast category
 * @param won         whether it is the won stage
 * @param lost        whether it is the lost stage
 */
public record StageTemplate(String name, BigDecimal probability, ForecastCategory category, boolean won, boolean lost) {

    /** lead, qualified, proposal, negotiation, won, lost. */
    public static final List<StageTemplate> DEFAULTS = List.of(
            open("Lead", "10", ForecastCategory.PIPELINE),
            open("Qualified", "25", ForecastCategory.PIPELINE),
            open("Proposal", "50", ForecastCategory.BEST_CASE),
            open("Negotiation", "75", ForecastCategory.COMMIT),
            won("Won"),
            lost("Lost"));

    public StageTemplate {
        requireNonNull(name, "name is null");
        requireNonNull(probability, "probability is null");
        requireNonNull(category, "category is null");
    }

    /** An open stage. */
    public static StageTemplate open(String name, String probability, ForecastCategory category) {
        return new StageTemplate(name, new BigDecimal(probability), category, false, false);
    }

    /** The won stage: probability 100, category closed. */
    public static StageTemplate won(String name) {
        return new StageTemplate(name, PipelineStage.CERTAIN, ForecastCategory.CLOSED, true, false);
    }

    /** The lost stage: probability 0, category omitted. */
    public static StageTemplate lost(String name) {
        return new StageTemplate(name, BigDecimal.ZERO, ForecastCategory.OMITTED, false, true);
    }
}
