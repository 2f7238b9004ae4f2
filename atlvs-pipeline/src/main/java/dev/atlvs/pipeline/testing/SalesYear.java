package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealStatus;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What {@link SalesFixtures#salesYear} made: a year of selling in several pipelines and currencies.
 *
 * @param asOf      the moment the year ends (the fixture's now)
 * @param pipelines the pipelines with their stages, the default first
 * @param deals     every deal in its final state
 * @param projects  the project each won deal became, by deal
 * @param stale     the open deals left without an open future activity (stale once their pipeline's threshold passes)
 * @param currencies the currencies of the pipelines, whose rates against the organization's base currency were recorded
 */
public record SalesYear(Instant asOf, List<PipelineSetup> pipelines, List<Deal> deals, Map<UUID, UUID> projects, Set<UUID> stale,
        Set<String> currencies) {

    public SalesYear {
        requireNonNull(asOf, "asOf is null");
        pipelines = List.copyOf(pipelines);
        deals = List.copyOf(deals);
        projects = Map.copyOf(projects);
        stale = Set.copyOf(stale);
        currencies = Set.copyOf(currencies);
    }

    /** The deals in {@code status}. */
    public List<Deal> in(DealStatus status) {
        return deals.stream().filter(d -> d.status() == status).toList();
    }

    /** The deals of a pipeline. */
    public List<Deal> of(PipelineSetup pipeline) {
        return deals.stream().filter(d -> d.pipelineId().equals(pipeline.pipeline().id())).toList();
    }
}
