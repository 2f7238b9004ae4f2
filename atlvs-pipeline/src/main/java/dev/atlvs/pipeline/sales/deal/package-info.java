/**
 * Deals (the {@code pipeline_opportunities} table) moving through the stages of a pipeline, the conversion facts each
 * move leaves, the {@code pipeline_deals} view, and the win that turns a deal into a project, once.
 *
 * <pre>{@code
 * DealService deals = new DealService(tx);
 * Deal deal = deals.create(Deal.builder().organizationId(tx.organizationId()).pipelineId(pipeline.id())
 *         .stageId(lead.id()).title("Harbour Lights Festival 2027").value(new BigDecimal("480000")).currency("EUR").build());
 * deals.moveTo(deal.id(), proposal.id(), Instant.parse("2026-03-02T10:00:00Z"));   // a move logged late
 * WonDeal won = deals.win(deal.id());
 * List<Conversion> history = deals.conversions(deal.id());
 * }</pre>
 */
package dev.atlvs.pipeline.sales.deal;
