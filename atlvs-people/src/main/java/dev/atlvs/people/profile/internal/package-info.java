/** Row mappers of the profile views; public for Jdbi only, not part of the API. */
package dev.atlvs.people.profile.internal;
