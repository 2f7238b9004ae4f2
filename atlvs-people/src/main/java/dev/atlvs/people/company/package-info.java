/**
 * Companies: clients, vendors, venues and sponsors, with encrypted tax and bank details, a rating derived from their
 * ratings, blacklisting, vendor eligibility and the detection of likely duplicates. Contacts, contracts,
 * qualifications and ratings are in the sub-packages.
 *
 * <pre>{@code
 * Company vendor = new CompanyService(tx).add(Company.builder().organizationId(tx.organizationId())
 *         .name("Northern Rigging Ltd").isVendor(true).country("GB").paymentTerms(PaymentTerms.NET_30).build());
 * Eligibility eligibility = new VendorEligibility(tx).check(vendor.id(), LocalDate.of(2026, 8, 31),
 *         List.of(RequiredQualification.covering(QualificationType.INSURANCE, new BigDecimal("5000000"), "GBP")));
 * BigDecimal score = BayesianAverage.of(new BigDecimal("3"), 3, List.of(5, 4));
 * }</pre>
 */
package dev.atlvs.people.company;
