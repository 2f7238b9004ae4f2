package dev.atlvs.core.organization;

import dev.atlvs.core.error.DatabaseErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * A slug is unique across organizations, though the organizations are a tenant table whose keys hold only the
 * organization: the slugs live in a table of their own (no tenant, kept whole on every node on Citus), kept by
 * the database whatever code writes an organization.
 */
@AtlvsTest
class OrganizationSlugTest {

    @Test
    void aRenamedOrganizationGivesItsSlugUpAndTakesTheNewOne(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture renamed = fixtures.organization("Old Name Productions");
        String oldSlug = renamed.organization().slug();

        // when
        renamed.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            return organizations.update(ImmutableOrganization.copyOf(organizations.get(renamed.id())).withSlug("new-name-productions"));
        });

        // then: the old slug is free for another organization, the new one is not
        Organization heir = atlvs.platform().createOrganization(
                Organization.builder().name("Heir Productions").slug(oldSlug).build(), fixtures.user().id()).organization();
        assertThat(heir.slug()).isEqualTo(oldSlug);
        assertThatThrownBy(() -> atlvs.platform().createOrganization(
                        Organization.builder().name("Copycat Productions").slug("new-name-productions").build(), fixtures.user().id()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("slug"));
    }

    @Test
    void aSlugTakenByAnotherOrganizationIsRefusedToRawSqlInAnOrganizationThatCannotSeeIt(Fixtures fixtures, TestDatabase database)
            throws SQLException {
        // given
        OrganizationFixture owner = fixtures.organization("Slug Keepers");
        OrganizationFixture other = fixtures.organization("Slug Seekers");

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).tenant(connection, other.id(), other.owner().id());
            try (PreparedStatement update = connection.prepareStatement("update atlvs.organizations set slug = ? where id = ?")) {
                update.setString(1, owner.organization().slug());
                update.setObject(2, other.id());

                // when / then
                assertThatThrownBy(update::executeUpdate).isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(DatabaseErrors.constraint(e).orElse(null)).isEqualTo("organizations_slug_unique");
                    assertThat(fixtures.atlvs().translate(e)).isInstanceOfSatisfying(dev.atlvs.core.error.DuplicateException.class,
                            duplicate -> assertThat(duplicate.fields()).containsExactly("slug"));
                });
            }
            connection.rollback();
        }
    }
}
