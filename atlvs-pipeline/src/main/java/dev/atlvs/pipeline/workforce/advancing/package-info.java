/**
 * The production advance: a project's checklist of what must be arranged in thirteen categories (site infrastructure to
 * artist travel), with owners, vendors, due dates and estimated and actual costs rolled into the project's budget plan,
 * and the checklist report by category.
 *
 * <pre>{@code
 * AdvancingService advancing = new AdvancingService(tx);
 * advancing.generateStandard(festival.id(), Optional.of(productionManager.id()));
 * AdvancingItem pa = advancing.add(AdvancingItem.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .category(AdvancingCategory.AUDIO).title("Main stage PA").estimatedCost(new BigDecimal("24000")).currency("EUR").build());
 * advancing.recordActualCost(pa.id(), new BigDecimal("25500"), "EUR");
 * ChecklistReport report = advancing.report(festival.id(), LocalDate.of(2026, 8, 20));   // audio variance +1,500
 * }</pre>
 */
package dev.atlvs.pipeline.workforce.advancing;
