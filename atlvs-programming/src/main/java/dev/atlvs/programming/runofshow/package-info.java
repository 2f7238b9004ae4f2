/**
 * The run of show of a stage for a show day: a plain, ordered data model of setup, doors, changeovers and sets, the end,
 * the curfew and teardown, with instants and local times, for exporters and screens.
 *
 * <pre>{@code
 * RunOfShow friday = new RunOfShowService(tx).of(mainStage.id(), LocalDate.of(2026, 7, 10));
 * List<RunOfShow.Viewed> inNewYork = friday.inZone(ZoneId.of("America/New_York"));
 * }</pre>
 */
package dev.atlvs.programming.runofshow;
