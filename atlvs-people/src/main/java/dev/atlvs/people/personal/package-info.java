/**
 * The personal data of people that only they, HR and safety may see: identity, tax and bank details
 * ({@link dev.atlvs.people.personal.PersonProfile}) and health ({@link dev.atlvs.people.personal.PersonHealthRecord}),
 * encrypted before they reach the database and guarded on every read path of the SDK.
 *
 * <pre>{@code
 * PersonalDataService personal = new PersonalDataService(tx);
 * personal.saveHealthRecord(PersonHealthRecord.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .allergies("Peanuts").bloodType("O+").build());
 * personal.healthRecordOf(ana.id());   // the person herself, or a holder of people.safety.access
 * }</pre>
 */
package dev.atlvs.people.personal;
