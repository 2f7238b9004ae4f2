/**
 * The people module: the directory of people (staff, freelance crew, talent), crew roles and competencies, their
 * profiles and credentials, the companies the organization works with, and the operations built on them.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder().dataSource(dataSource).build();   // the module is found on the class path
 * atlvs.inTenant(organizationId, actorId, tx -> new PersonService(tx).add(Person.builder()
 *         .organizationId(organizationId).firstName("Ana").lastName("Souza").title("Head Rigger").build()));
 * }</pre>
 */
package dev.atlvs.people;
