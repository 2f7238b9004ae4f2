package dev.atlvs.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.TenantWork;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failing statement of the host's own, run on the transaction's handle, carries neither its text nor its bound
 * values in any message: not in the exception caught inside the transaction's work, not in any of its causes, and not
 * in the SDK's exception that leaves the transaction.
 */
@AtlvsTest
class StatementFailurePrivacyTest {

    private static final String SECRET = "Kestrel-Passport-0x7f3a";

    /** Every message of {@code failure}: its own, its causes', their suppressed ones' and the next exceptions of SQL failures. */
    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        collect(failure, messages, 0);
        return messages;
    }

    private static void collect(Throwable failure, List<String> messages, int depth) {
        if (failure == null || depth > 20) {
            return;
        }
        messages.add(failure.getClass().getName() + ": " + failure.getMessage());
        messages.add(failure.toString());
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, messages, depth + 1);
        }
        if (failure instanceof SQLException sql) {
            collect(sql.getNextException(), messages, depth + 1);
        }
        collect(failure.getCause(), messages, depth + 1);
    }

    /** Runs {@code statement} in a transaction of {@code org}: returns what the work caught and what left the transaction. */
    private static Caught run(OrganizationFixture org, TenantWork<Object> statement) {
        List<RuntimeException> inside = new ArrayList<>();
        try {
            org.asOwner(tx -> {
                try {
                    statement.run(tx);
                } catch (RuntimeException failure) {
                    inside.add(failure);
                    throw failure;
                }
                return fail("the statement ran");
            });
        } catch (AtlvsException outside) {
            assertThat(inside).as("the failure caught inside the work").hasSize(1);
            return new Caught(inside.get(0), outside);
        }
        return fail("no AtlvsException left the transaction");
    }

    private record Caught(RuntimeException inside, AtlvsException outside) {
        void carryNeither(String... fragments) {
            for (Throwable failure : List.of(inside, outside)) {
                assertThat(messages(failure)).allSatisfy(message -> {
                    assertThat(message).doesNotContain(SECRET);
                    for (String fragment : fragments) {
                        assertThat(message).doesNotContain(fragment);
                    }
                });
            }
        }
    }

    @Test
    void aSyntaxErrorNamesNeitherTheStatementNorItsValues(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Syntax Privacy Hall");
        String sql = "select name from atlvs.locations where name = :name order by";

        Caught caught = run(org, tx -> tx.handle().createQuery(sql).bind("name", SECRET).mapTo(String.class).list());

        assertThat(caught.outside().code()).isEqualTo(CoreErrorCode.DATABASE_ERROR);
        assertThat(caught.outside().getMessage()).contains("42601");
        caught.carryNeither("select name from atlvs.locations", "order by");
    }

    @Test
    void aConstraintViolationOfAHandWrittenUpdateShowsNeitherTheStatementNorTheFailingRow(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Check Privacy Hall");
        Location venue = org.asOwner(tx -> tx.repository(LocationRepository.class)
                .insert(Location.builder().organizationId(org.id()).name("Privacy Hall").type(LocationType.VENUE).build()));
        String sql = "update atlvs.locations set name = :name where organization_id = :organizationId and id = :id";

        Caught caught = run(org, tx -> tx.handle().createUpdate(sql).bind("name", SECRET.repeat(10)).bind("id", venue.id()).execute());

        assertThat(caught.outside()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("name", "locations_name_check")));
        caught.carryNeither(sql, "update atlvs.locations", venue.id().toString());
    }

    @Test
    void aValueTheServerCannotConvertIsNotQuoted(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Conversion Privacy Hall");
        String sql = "select name from atlvs.locations where organization_id = :organizationId and id = cast(:id as uuid)";

        Caught caught = run(org, tx -> tx.handle().createQuery(sql).bind("id", SECRET).mapTo(String.class).list());

        assertThat(caught.outside()).isInstanceOf(ValidationException.class);
        caught.carryNeither(sql, "select name from atlvs.locations");
    }

    @Test
    void aMissingParameterIsNamedWithoutTheValuesBound(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Binding Privacy Hall");
        String sql = "select :first || :second";

        Caught caught = run(org, tx -> tx.handle().createQuery(sql).bind("first", SECRET).mapTo(String.class).one());

        assertThat(messages(caught.inside())).anySatisfy(message -> assertThat(message).contains("'second'"));
        caught.carryNeither(sql);
    }

    @Test
    void aRefusedInsertOfTheHostsOwnCarriesNeitherTheStatementNorItsValues(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Insert Privacy Hall");
        String sql = "insert into atlvs.locations (organization_id, name, type) values (:organizationId, :name, 'planet')";

        Caught caught = run(org, tx -> tx.handle().createUpdate(sql).bind("name", SECRET).execute());

        assertThat(caught.outside()).isInstanceOf(ValidationException.class);
        caught.carryNeither(sql, "insert into atlvs.locations");
    }
}
