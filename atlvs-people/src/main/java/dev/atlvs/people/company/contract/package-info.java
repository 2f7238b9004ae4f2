/**
 * Contracts with companies (L-CONTRACT): MSAs with caps and the SOWs under them, NDAs, service agreements and
 * purchase orders; renewals, the renewal calendar and the automatic roll-forward.
 *
 * <pre>{@code
 * ContractService contracts = new ContractService(tx);
 * CompanyContract sow = contracts.create(CompanyContract.builder().organizationId(tx.organizationId()).companyId(vendor.id())
 *         .type(ContractType.SOW).parentContractId(msa.id()).title("Harbour Festival rigging")
 *         .value(new BigDecimal("40000")).currency("GBP").build());
 * List<RenewalNotice> due = contracts.renewalCalendar(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
 * }</pre>
 */
package dev.atlvs.people.company.contract;
