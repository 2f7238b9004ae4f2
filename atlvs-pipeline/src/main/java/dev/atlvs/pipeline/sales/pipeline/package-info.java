/**
 * Sales pipelines and their ordered stages, each pipeline with exactly one won and one lost stage.
 *
 * <pre>{@code
 * PipelineService pipelines = new PipelineService(tx);
 * PipelineSetup festivals = pipelines.create(Pipeline.builder().organizationId(tx.organizationId())
 *         .name("Festival production").currency("EUR").build());          // lead, qualified, proposal, negotiation, won, lost
 * PipelineStage lead = festivals.stage("Lead");
 * List<StageWarning> warnings = pipelines.warnings(festivals.pipeline().id());
 * }</pre>
 */
package dev.atlvs.pipeline.sales.pipeline;
