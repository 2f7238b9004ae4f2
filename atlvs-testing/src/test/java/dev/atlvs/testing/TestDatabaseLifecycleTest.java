package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestDatabaseLifecycleTest {

    private final TestDatabases databases = TestDatabases.shared();

    @Test
    void twoClonesAreIndependent() throws Exception {
        try (var first = databases.create("independence one"); var second = databases.create("independence two")) {
            Queries.execute(first.ownerDataSource(), "create table public.only_in_first (id int)");

            assertThat(Queries.single(first.ownerDataSource(), "select to_regclass('public.only_in_first')::text"))
                    .isEqualTo("only_in_first");
            assertThat(Queries.single(second.ownerDataSource(), "select to_regclass('public.only_in_first')::text"))
                    .isNull();
        }
    }

    @Test
    void closeDropsTheDatabaseEvenWhileConnectionsAreOpen() throws Exception {
        var database = databases.create("dropped");
        Connection held = database.appDataSource().getConnection();

        database.close();

        assertThat(exists(database.name())).isFalse();
        assertThat(held.isValid(2)).isFalse();
        held.close();
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        var database = databases.create("closed twice");

        database.close();
        database.close();

        assertThat(database.isClosed()).isTrue();
        assertThat(exists(database.name())).isFalse();
    }

    @Test
    void aClosedDatabaseHandsOutNoDataSources() {
        var database = databases.create("closed");
        database.close();

        assertThatThrownBy(database::appDataSource).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(database::ownerDataSource).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(database::adminDataSource).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clonesCanBeCreatedConcurrently() throws Exception {
        var executor = Executors.newFixedThreadPool(4);
        var created = new ArrayList<TestDatabase>();
        try {
            var tasks = new ArrayList<Callable<TestDatabase>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> databases.create("concurrent"));
            }
            for (Future<TestDatabase> future : executor.invokeAll(tasks)) {
                created.add(future.get());
            }

            assertThat(created).extracting(TestDatabase::name).doesNotHaveDuplicates();
            for (TestDatabase database : created) {
                assertThat(Queries.single(database.appDataSource(), "select current_database()"))
                        .isEqualTo(database.name());
            }
        } finally {
            executor.shutdown();
            created.forEach(TestDatabase::close);
        }
    }

    private boolean exists(String name) throws Exception {
        List<Object> rows = Queries.column(databases.server().adminDataSource("postgres"),
                "select 1 from pg_database where datname = '" + name + "'");
        return !rows.isEmpty();
    }
}
