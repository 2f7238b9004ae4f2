/**
 * The directory of people: staff, freelance crew and talent.
 *
 * <pre>{@code
 * Person ana = new PersonService(tx).add(Person.builder().organizationId(tx.organizationId())
 *         .firstName("Ana").lastName("Souza").email("ana@crew.example").phone("+447700900123")
 *         .title("Head Rigger").dayRate(new BigDecimal("450.0000")).currency("GBP").build());
 * Optional<Person> found = tx.repository(PersonRepository.class).findByEmail("ANA@crew.example");
 * }</pre>
 */
package dev.atlvs.people.person;
