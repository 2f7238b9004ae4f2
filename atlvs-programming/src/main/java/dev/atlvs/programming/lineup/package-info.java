/**
 * Lineups and the running order: the slots of a stage-day event ({@link dev.atlvs.programming.lineup.Lineup}), with
 * the database holding that slots of a stage and of a performer never overlap, that slots lie inside their event and end
 * by the curfew, that a locked lineup changes only by cancellation and that a confirmed slot has an active contract or an
 * audited override; {@link dev.atlvs.programming.lineup.LineupService} builds running orders and cascades delays.
 *
 * <pre>{@code
 * LineupService lineups = new LineupService(tx);
 * RunningOrder plan = lineups.plan(friday.id(), Instant.parse("2026-07-10T11:00:00Z"), List.of(
 *         new RunningOrder.Entry(opener.id(), Duration.ofMinutes(40), 0),
 *         new RunningOrder.Entry(headliner.id(), Duration.ofMinutes(75), 45)));
 * lineups.apply(plan);
 * RunningOrder late = lineups.planDelay(opener.id(), Duration.ofMinutes(20));
 * late.pastCurfew().forEach(slot -> System.out.println("past curfew: " + slot.slotId()));
 * }</pre>
 */
package dev.atlvs.programming.lineup;
