/**
 * The pipeline module: the sales pipeline that wins shows and the workforce pipeline that staffs them.
 *
 * <p>Sales ({@code dev.atlvs.pipeline.sales.*}): several pipelines per organization, each with its ordered stages and
 * exactly one won and one lost stage; deals (the {@code pipeline_opportunities} table) moving through them, every move
 * recorded by the database as a conversion fact and a stage-change activity; contacts on the buying side; weighted
 * forecasts, forecast snapshots and funnel analytics; automations on the core's automation engine. A won deal becomes
 * a project, once.
 *
 * <p>Workforce ({@code dev.atlvs.pipeline.workforce.*}): the crew plan of a project as manning slots per role and day
 * with their assignments, onboarding workflows per person and project, and the production advance checklist.
 */
package dev.atlvs.pipeline;
