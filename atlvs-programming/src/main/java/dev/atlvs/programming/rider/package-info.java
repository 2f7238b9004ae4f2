/**
 * Riders: an artist's or client's requirements for an event, their requirement lines, approval (L-APPROVAL, the
 * approver never the submitter), fulfilment (only once every mandatory item is) and the roll-up of approved costs into
 * the project's budget.
 *
 * <pre>{@code
 * RiderService riders = new RiderService(tx);
 * Rider rider = riders.create(Rider.builder().organizationId(tx.organizationId()).eventId(set.id()).projectId(set.projectId())
 *         .title("Headliner - hospitality").kind(RiderKind.HOSPITALITY).currency("GBP").build());
 * RiderItem towels = riders.addItem(RiderItem.builder().organizationId(tx.organizationId()).riderId(rider.id())
 *         .category("Dressing room").item("Black towels").quantity(12).cost(new BigDecimal("60")).currency("GBP").build());
 * riders.submit(rider.id());
 * // approved by another user, then fulfilled line by line:
 * riders.fulfilItem(towels.id());
 * RiderProgress progress = riders.progress(rider.id());
 * }</pre>
 */
package dev.atlvs.programming.rider;
