/**
 * Contacts on the buying side of deals and the contacts of each deal, with exactly one primary contact per deal that
 * has contacts.
 *
 * <pre>{@code
 * ContactService contacts = new ContactService(tx);
 * Contact buyer = contacts.add(Contact.builder().organizationId(tx.organizationId()).companyId(client.id())
 *         .firstName("Ines").lastName("Moreau").email("ines@harbourlights.example").build());
 * contacts.addToDeal(deal.id(), buyer.id(), DealRole.DECISION_MAKER);
 * }</pre>
 */
package dev.atlvs.pipeline.sales.contact;
