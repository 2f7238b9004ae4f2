/**
 * The people at a company: contacts, at most one of them primary, and the distribution list of the active ones.
 *
 * <pre>{@code
 * CompanyContactRepository contacts = tx.repository(CompanyContactRepository.class);
 * contacts.insert(CompanyContact.builder().organizationId(tx.organizationId()).companyId(vendor.id())
 *         .firstName("Mia").lastName("Lang").email("mia@rigging.example").isPrimary(true).build());
 * List<CompanyContact> mailTo = contacts.distributionList(vendor.id());
 * }</pre>
 */
package dev.atlvs.people.company.contact;
