/** Public for Jdbi only: row mappers of the qualification queries. Not API. */
package dev.atlvs.people.company.qualification.internal;
