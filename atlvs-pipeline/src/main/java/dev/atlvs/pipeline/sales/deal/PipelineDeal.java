package dev.atlvs.pipeline.sales.deal;

import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of the {@code pipeline_deals} view (the audit's {@code pipeline_deals}, a view over deals): a live deal at or
 * past the proposal stage (an open stage whose forecast category is best case or commit) or a won deal, with the value
 * it booked when won.
 *
 * @param id                the deal
 * @param pipelineId        its pipeline
 * @param stageId           its stage
 * @param stageName         the stage's name
 * @param title             its title
 * @param companyId         its client company
 * @param ownerUserId       its owner
 * @param value             its value
 * @param currency          the currency of the value
 * @param probability       its probability in percent
 * @param forecastCategory  its forecast category
 * @param expectedCloseDate when it is expected to close
 * @param actualCloseDate   when it was won
 * @param status            its status
 * @param projectId         the project it became
 * @param bookedValue       the value of a won deal
 */
public record PipelineDeal(UUID id, UUID pipelineId, UUID stageId, String stageName, String title, Optional<UUID> companyId,
        Optional<UUID> ownerUserId, Optional<BigDecimal> value, Optional<String> currency, BigDecimal probability,
        ForecastCategory forecastCategory, Optional<LocalDate> expectedCloseDate, Optional<LocalDate> actualCloseDate,
        DealStatus status, Optional<UUID> projectId, Optional<BigDecimal> bookedValue) {}
