package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.repository.Table;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.QueryCheck;
import dev.atlvs.testing.guardrails.RepositoryScan;
import dev.atlvs.testing.junit.AtlvsTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query check catches what it exists for: statements of test-only repositories that name a column
 * or table that does not exist, compare a parameter with a column of another type, or need a privilege
 * the run-time role lacks are reported with the repository, the method and PostgreSQL's message, while
 * sound statements (templates, batches and writes included) pass.
 */
@AtlvsTest
class QueryCheckSelfTest {

    /** Statements that match the schema. */
    interface SoundGadgets {
        @SqlQuery("""
                select id, name from atlvs.throwaway_gadgets
                 where organization_id = :organizationId and size = :size
                 order by name
                """)
        List<String> namesOfSize(String size);

        @SqlQuery("select count(*) from atlvs.throwaway_gadgets where organization_id = :organizationId and id in (<ids>)")
        long countOf(@BindList("ids") Collection<UUID> ids);

        @SqlQuery("select concat_ws('|', :name, :size)")
        String label(String name, String size);

        @SqlUpdate("""
                update atlvs.throwaway_gadgets set name = :name
                 where organization_id = :organizationId and id = :id -- a comment with a ? and a 'quote
                """)
        int rename(UUID id, String name);

        @SqlBatch("insert into atlvs.throwaway_gadgets (organization_id, id, name, size) values (:organizationId, :id, :name, 'small')")
        void insertAll(List<UUID> id, List<String> name);
    }

    /** One mistake per statement. */
    interface BrokenGadgets {
        @SqlQuery("""
                select id, name from atlvs.throwaway_gadgets
                 where organization_id = :organizationId and nmae = :name
                """)
        List<String> misspelledColumn(String name);

        @SqlQuery("select * from atlvs.throwaway_gizmos where organization_id = :organizationId")
        List<String> missingTable();

        @SqlQuery("select name from atlvs.throwaway_gadgets where organization_id = :organizationId and id = :name")
        Optional<String> parameterOfTheWrongType(String name);

        @SqlUpdate("update atlvs.registered_tables set audited = false where table_name = :table")
        int forbiddenWrite(String table);

        @SqlQuery("select created_on from atlvs.throwaway_gadgets where organization_id = :organizationId and created_on > :since")
        List<String> unknownColumnInSelectList(LocalDate since);

        @SqlQuery("select id from atlvs.throwaway_gadgets where organization_id = :organizationId and name in (<ids>)")
        List<UUID> listOfTheWrongType(@BindList("ids") Collection<UUID> ids);
    }

    /** Statements on a tenant table that do, and do not, name their organization. */
    interface LocationLookups {
        @SqlQuery("select count(*) from atlvs.locations where name = :name")
        long unboundedByName(String name);

        @SqlQuery("""
                select count(*) from atlvs.locations l join atlvs.locations p on p.organization_id = l.organization_id and p.id = l.parent_id
                 where l.name = :name
                """)
        long joinedButBoundByNone(String name);

        @SqlQuery("""
                select count(*) from atlvs.locations l join atlvs.locations p on p.organization_id = l.organization_id and p.id = l.parent_id
                 where l.organization_id = :organizationId and l.name = :name
                """)
        long boundAndJoinedOnTheTenantColumn(String name);

        @SqlUpdate("delete from atlvs.locations where id = :id")
        int deleteWithoutTheOrganization(UUID id);
    }

    @BeforeEach
    void createThrowawayTable(TestDatabase database) throws SQLException {
        owner(database, """
                drop table if exists atlvs.throwaway_gadgets;
                create table atlvs.throwaway_gadgets (
                    organization_id uuid not null,
                    id uuid not null,
                    name text not null,
                    size text not null,
                    primary key (organization_id, id)
                );
                grant select, insert, update, delete on atlvs.throwaway_gadgets to atlvs_app;
                """);
    }

    @Test
    void soundStatementsPrepare(TestDatabase database) throws SQLException {
        assertThat(QueryCheck.queries(SoundGadgets.class)).extracting(QueryCheck.Query::name)
                .containsExactly("SoundGadgets.countOf", "SoundGadgets.insertAll", "SoundGadgets.label", "SoundGadgets.namesOfSize",
                        "SoundGadgets.rename");
        assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), SoundGadgets.class)).isEmpty();
    }

    @Test
    void aStatementThatDoesNotNameItsOrganizationForEveryTenantTableIsReported(TestDatabase database) throws SQLException {
        assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), LocationLookups.class))
                .extracting(Finding::object, Finding::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LocationLookups.deleteWithoutTheOrganization", "query names its organization"),
                        org.assertj.core.groups.Tuple.tuple("LocationLookups.joinedButBoundByNone", "query names its organization"),
                        org.assertj.core.groups.Tuple.tuple("LocationLookups.unboundedByName", "query names its organization"));
    }

    @Test
    void aMisspelledColumnIsReportedWithTheRepositoryTheMethodAndPostgresMessage(TestDatabase database) throws SQLException {
        List<Finding> findings = check(database, "misspelledColumn");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.object()).isEqualTo("BrokenGadgets.misspelledColumn");
            assertThat(finding.rule()).isEqualTo("query prepares");
            assertThat(finding.detail()).startsWith("column \"nmae\" does not exist (SQLSTATE 42703) at line 2: "
                    + "where organization_id = $1 and nmae = $2");
        });
    }

    @Test
    void aMissingTableIsReported(TestDatabase database) throws SQLException {
        assertThat(check(database, "missingTable")).extracting(Finding::detail)
                .singleElement().asString().startsWith("relation \"atlvs.throwaway_gizmos\" does not exist (SQLSTATE 42P01)");
    }

    @Test
    void aDroppedColumnIsReportedForTheStatementsThatUseIt(TestDatabase database) throws SQLException {
        owner(database, "alter table atlvs.throwaway_gadgets drop column size");

        assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), SoundGadgets.class))
                .extracting(Finding::object, Finding::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SoundGadgets.insertAll",
                                "column \"size\" of relation \"throwaway_gadgets\" does not exist (SQLSTATE 42703) at line 1: "
                                        + "insert into atlvs.throwaway_gadgets (organization_id, id, name, size) values ($1, $2, $3, 'small')"),
                        org.assertj.core.groups.Tuple.tuple("SoundGadgets.namesOfSize",
                                "column \"size\" does not exist (SQLSTATE 42703) at line 2: where organization_id = $1 and size = $2"));
    }

    @Test
    void aParameterComparedWithAColumnOfAnotherTypeIsReported(TestDatabase database) throws SQLException {
        assertThat(check(database, "parameterOfTheWrongType")).extracting(Finding::detail)
                .singleElement().asString().startsWith("operator does not exist: uuid = character varying (SQLSTATE 42883)");
    }

    @Test
    void theElementsOfABoundListAreDeclaredWithTheirJavaType(TestDatabase database) throws SQLException {
        assertThat(check(database, "listOfTheWrongType")).extracting(Finding::detail)
                .singleElement().asString().startsWith("operator does not exist: text = uuid (SQLSTATE 42883)");
    }

    @Test
    void aStatementTheRunTimeRoleMayNotRunIsReported(TestDatabase database) throws SQLException {
        assertThat(check(database, "forbiddenWrite")).extracting(Finding::detail)
                .singleElement().asString().isEqualTo("permission denied for table registered_tables (SQLSTATE 42501)");
    }

    @Test
    void everyBrokenStatementOfARepositoryIsReportedAndNoneIsLeftPrepared(TestDatabase database) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection()) {
            DataSource onlyThisConnection = onlyThis(connection);

            assertThat(QueryCheck.check(onlyThisConnection, database.contextKey(), BrokenGadgets.class)).extracting(Finding::object)
                    .containsExactly("BrokenGadgets.forbiddenWrite", "BrokenGadgets.listOfTheWrongType", "BrokenGadgets.missingTable",
                            "BrokenGadgets.misspelledColumn", "BrokenGadgets.parameterOfTheWrongType",
                            "BrokenGadgets.unknownColumnInSelectList");
            assertThat(QueryCheck.check(onlyThisConnection, database.contextKey(), SoundGadgets.class)).isEmpty();
            assertThat(connection.getAutoCommit()).isTrue();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from pg_prepared_statements where from_sql")) {
                rows.next();
                assertThat(rows.getLong(1)).as("statements the check left prepared").isZero();
            }
        }
    }

    @Test
    void anExistingRepositoryIsReportedWhenItsColumnIsRenamed(TestDatabase database) throws SQLException {
        assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), LocationRepository.class)).isEmpty();
        owner(database, "alter table atlvs.locations rename column parent_id to enclosing_id");
        try {
            assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), LocationRepository.class)).extracting(Finding::object)
                    .containsExactly("LocationRepository.ancestors", "LocationRepository.children");
        } finally {
            owner(database, "alter table atlvs.locations rename column enclosing_id to parent_id");
        }
    }

    @Test
    void aRepositoryThatAModuleDoesNotDeclareIsFoundByTheScan() {
        AtlvsModule declaresNothing = new ThrowawayModule(List.of());
        AtlvsModule declaresBoth = new ThrowawayModule(List.of(SoundGadgets.class, BrokenGadgets.class));

        assertThat(RepositoryScan.in(declaresNothing)).contains(SoundGadgets.class, BrokenGadgets.class);
        assertThat(RepositoryScan.undeclared(declaresNothing)).contains(SoundGadgets.class, BrokenGadgets.class);
        assertThat(RepositoryScan.undeclared(declaresBoth)).doesNotContain(SoundGadgets.class, BrokenGadgets.class);
        assertThat(RepositoryScan.isRepository(LocationRepository.class)).isTrue();
        assertThat(RepositoryScan.isRepository(dev.atlvs.core.repository.Repository.class)).as("a generic base").isFalse();
    }

    /** A module whose class lives in this test's class-path entry, declaring {@code repositories}. */
    private record ThrowawayModule(List<Class<?>> repositories) implements AtlvsModule {
        @Override
        public String name() {
            return "throwaway";
        }

        @Override
        public List<Table<?, ?>> tables() {
            return List.of();
        }

        @Override
        public ErrorCodeBlock errorCodes() {
            return ErrorCodeBlock.of(1000, 1999, CoreErrorCode.class);
        }
    }

    /** A data source that hands out {@code connection} every time, and leaves it open when it is closed. */
    private static DataSource onlyThis(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(QueryCheckSelfTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(QueryCheckSelfTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<Finding> check(TestDatabase database, String method) throws SQLException {
        QueryCheck.Query query = QueryCheck.queries(BrokenGadgets.class).stream().filter(q -> q.method().getName().equals(method))
                .findFirst().orElseThrow();
        return QueryCheck.check(database.appDataSource(), database.contextKey(), query);
    }

    private static void owner(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
