package dev.atlvs.testing.guardrails;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.module.Guardrails.PlatformProbe;
import dev.atlvs.core.module.Guardrails.RuleProbe;
import dev.atlvs.core.module.Guardrails.TenantProbe;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.search.SearchSource;
import dev.atlvs.core.validation.internal.CheckMirrors;
import dev.atlvs.core.validation.internal.CheckMirrors.Mirror;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.internal.Sql;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guardrail suites of one module, generated over every table it registers, so that a new table is
 * covered without new test code. A module runs them with a one-line subclass in its own tests:
 *
 * <pre>{@code
 * class ProjectsGuardrailsTest extends ModuleGuardrailSuite {
 *     ProjectsGuardrailsTest() { super("projects"); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>registration: the tables the migrations of the installed modules register are exactly those
 *       their Java declarations name; so are the entity types, the event types and the search sources;</li>
 *   <li>schema lint ({@link SchemaLint}) of each of the module's tables (core also answers for the
 *       functions and the tables no module declares);</li>
 *   <li>distributability ({@link DistributabilityLint}) of each of the module's tables: what Citus needs to
 *       distribute it by its tenant or keep it whole on every node (no sub-query in a policy, the tenant column in
 *       every key and on both sides of every reference, no SET NULL or SET DEFAULT, no {@code tg_table_name} in a
 *       trigger, no reference from a table without a tenant to one with);</li>
 *   <li>the Java ↔ database contract ({@link ContractCheck}) of each declared table;</li>
 *   <li>repositories: the module declares every repository interface of its jar ({@link RepositoryScan}),
 *       and the SQL of every {@code @SqlQuery}, {@code @SqlUpdate} and {@code @SqlBatch} method of each
 *       prepares against the migrated schema as the run-time role ({@link QueryCheck}), one test per
 *       method ({@code query: TaskRepository.ofProject});</li>
 *   <li>tenant isolation ({@link TenantIsolationCheck}) of each tenant table, probed with the sample
 *       row of the module's {@link Guardrails};</li>
 *   <li>audit: an insert, an update (the module's mutation) and a delete each write exactly one audit
 *       row with the actor and the changed fields, and reverting the update or the delete restores the
 *       row exactly (every column but the update stamps and the version);</li>
 *   <li>lifecycles ({@link LifecycleCheck}): every status column of the module has a declared
 *       {@link dev.atlvs.core.lifecycle.Lifecycle} or is declared free; each declared lifecycle has exactly
 *       the states of its column's CHECK constraint, and where a trigger guards the moves, the database
 *       refuses exactly the moves the lifecycle refuses (every pair of states, probed with raw SQL on the
 *       sample row), one test per lifecycle ({@code lifecycle: expenses.status}).</li>
 *   <li>rule identity ({@link RuleIdentityCheck}): every rule the module registers is broken once through the
 *       SDK and once by raw SQL with the probe of its {@link Guardrails} (a registered rule without a probe fails),
 *       and every single-column CHECK constraint that mirrors a validation annotation of a declared table is broken
 *       both ways with a value the annotation refuses; each path must report the same code, field and rule
 *       ({@code rule: journal_entries_balanced}, {@code mirrored check: project_tasks_title_check @Size}). The module
 *       must register every CHECK over several columns of its tables, and (core) every rule a trigger raises.</li>
 * </ul>
 */
@AtlvsTest
public abstract class ModuleGuardrailSuite {

    private static final String COMPARABLE = "to_jsonb(t) - 'updated_at' - 'updated_by' - 'version'";

    private final String moduleName;

    /** The suites of the installed module {@code moduleName}. */
    protected ModuleGuardrailSuite(String moduleName) {
        this.moduleName = requireNonNull(moduleName, "moduleName is null");
    }

    private AtlvsModule module() {
        return AtlvsModules.installed().named(moduleName)
                .orElseThrow(() -> new AssertionError("module " + moduleName + " is not on the class path"));
    }

    /** Whether this module answers for {@code table}: it declares it, or it is core and no module does. */
    private boolean owns(String table) {
        Optional<AtlvsModule> owner = AtlvsModules.installed().owner(table);
        return owner.map(m -> m.name().equals(moduleName)).orElse(moduleName.equals(AtlvsModule.CORE));
    }

    @Test
    void theModuleDeclaresTablesAndGuardrailsForEachTenantTable(TestDatabase database) throws SQLException {
        AtlvsModule module = module();
        Guardrails guardrails = module.guardrails();
        Map<String, String> registered = registeredTables(database);
        List<String> tenantTables = registered.entrySet().stream()
                .filter(e -> owns(e.getKey()) && e.getValue().startsWith("tenant:")).map(Map.Entry::getKey).toList();
        assertThat(tenantTables).as("tenant tables of module " + moduleName).isNotEmpty();
        assertThat(guardrails.sampledTables()).as("samples of module " + moduleName).containsAll(tenantTables);
        assertThat(tenantTables).as("tenant tables without a mutation")
                .filteredOn(table -> guardrails.mutation(table).isEmpty()).isEmpty();
    }

    @Test
    void everyRegisteredTableIsDeclaredByAnInstalledModule(TestDatabase database) throws SQLException {
        Map<String, String> registered = registeredTables(database);
        List<String> declared = AtlvsModules.installed().tables().stream().map(Table::name).toList();
        assertThat(registered).isNotEmpty();
        assertThat(declared).as("tables declared in Java").containsExactlyInAnyOrderElementsOf(registered.entrySet().stream()
                .filter(e -> !e.getValue().equals("internal") && !e.getValue().startsWith("log:")).map(Map.Entry::getKey).toList());
    }

    @Test
    void theEntityTypesOfTheDatabaseAreThoseDeclaredInJava(TestDatabase database) throws SQLException {
        Map<String, String> inDatabase = pairs(database, "select name, table_name from atlvs.entity_types");
        Map<String, String> inJava = AtlvsModules.installed().entityTypes().values().stream()
                .collect(Collectors.toMap(EntityType::name, type -> type.table().name(), (a, b) -> a, TreeMap::new));
        assertThat(inDatabase).as("atlvs.entity_types").isEqualTo(inJava);
        assertThat(module().entityTypes()).as("entity types of module " + moduleName)
                .allSatisfy(type -> assertThat(owns(type.table().name())).as(type.name() + " names a table of the module").isTrue());
    }

    @Test
    void theEventTypesOfTheDatabaseAreThoseDeclaredInJava(TestDatabase database) throws SQLException {
        Map<String, String> inDatabase = pairs(database, "select name, aggregate_type || ': ' || description from atlvs.event_types");
        Map<String, String> inJava = AtlvsModules.installed().eventTypes().values().stream()
                .collect(Collectors.toMap(EventType::name, type -> type.aggregateType() + ": " + type.description(), (a, b) -> a, TreeMap::new));
        assertThat(inDatabase).as("atlvs.event_types").isEqualTo(inJava);
    }

    /**
     * The search sources registered by the migrations ({@code atlvs.search_sources}) are exactly those the modules
     * declare in Java ({@link AtlvsModule#searchSources()}): the same table, title, subtitle and body columns, and the
     * soft-delete column of a soft-deletable table; the module's sources name its own tables.
     */
    @Test
    void theSearchSourcesOfTheDatabaseAreThoseDeclaredInJava(TestDatabase database) throws SQLException {
        Map<String, String> inDatabase = pairs(database, """
                select entity_type, table_name || ' title ' || array_to_string(title_columns, ',')
                       || ' subtitle ' || array_to_string(subtitle_columns, ',') || ' body ' || array_to_string(body_columns, ',')
                       || ' soft delete ' || coalesce(soft_delete_column, '-')
                  from atlvs.search_sources
                """);
        Map<String, String> inJava = AtlvsModules.installed().searchSources().values().stream()
                .collect(Collectors.toMap(SearchSource::entityType, source -> source.table().name()
                        + " title " + String.join(",", source.titleColumns()) + " subtitle " + String.join(",", source.subtitleColumns())
                        + " body " + String.join(",", source.bodyColumns()) + " soft delete " + source.softDeleteColumn().orElse("-"),
                        (a, b) -> a, TreeMap::new));
        assertThat(inDatabase).as("atlvs.search_sources").isEqualTo(inJava);
        assertThat(module().searchSources()).as("search sources of module " + moduleName)
                .allSatisfy(source -> assertThat(owns(source.table().name())).as(source.entityType() + " names a table of the module").isTrue());
    }

    /**
     * Every function of the schema that runs with the owner's rights and that the run-time role may execute is justified
     * by an installed module ({@link Guardrails.Builder#definerFunction}); none is executable by {@code PUBLIC}.
     */
    @TestFactory
    Stream<DynamicTest> everyDefinerFunctionTheRunTimeRoleMayExecuteIsJustified(TestDatabase database) throws SQLException {
        Map<String, String> justified = new TreeMap<>();
        for (AtlvsModule installed : AtlvsModules.installed().inDependencyOrder()) {
            justified.putAll(installed.guardrails().definerFunctions());
        }
        List<String> executable = definerFunctions(database, TestDatabases.APP_ROLE);
        List<String> byPublic = definerFunctions(database, "public");
        Stream<DynamicTest> each = executable.stream().map(function -> DynamicTest.dynamicTest("justified: " + function,
                () -> assertThat(justified).as("definer functions the run-time role may execute, with why (Guardrails.definerFunction)")
                        .containsKey(function)));
        Stream<DynamicTest> module = Stream.of(
                DynamicTest.dynamicTest("every definer function justified by module " + moduleName + " is still executable",
                        () -> assertThat(executable).containsAll(module().guardrails().definerFunctions().keySet())),
                DynamicTest.dynamicTest("no definer function is executable by PUBLIC", () -> assertThat(byPublic).isEmpty()));
        return Stream.concat(each, module);
    }

    /** The definer functions of schema atlvs that {@code role} may execute, read as the owner. */
    private static List<String> definerFunctions(TestDatabase database, String role) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            return DefinerFunctions.executableBy(connection, role);
        }
    }

    @TestFactory
    Stream<DynamicTest> schemaLintHoldsForEveryTableOfTheModule(TestDatabase database) throws SQLException {
        List<Finding> findings;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            findings = SchemaLint.check(connection);
        }
        Map<String, List<Finding>> byObject = new LinkedHashMap<>();
        registeredTables(database).keySet().stream().filter(this::owns).forEach(table -> byObject.put(table, new ArrayList<>()));
        findings.stream().filter(f -> owns(f.object())).forEach(f -> byObject.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f));
        return byObject.entrySet().stream().map(entry -> DynamicTest.dynamicTest("schema lint: " + entry.getKey(),
                () -> assertThat(entry.getValue()).as("findings").isEmpty()));
    }

    /**
     * The distributability lint ({@link DistributabilityLint}) of each of the module's tables (core also answers for
     * the functions and the tables no module declares): what Citus needs to distribute the table by its tenant, or to
     * keep it whole on every node, one test per table ({@code distributable: projects}).
     */
    @TestFactory
    Stream<DynamicTest> everyTableOfTheModuleIsDistributable(TestDatabase database) throws SQLException {
        List<Finding> findings;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            findings = DistributabilityLint.check(connection);
        }
        Map<String, List<Finding>> byObject = new LinkedHashMap<>();
        registeredTables(database).keySet().stream().filter(this::owns).forEach(table -> byObject.put(table, new ArrayList<>()));
        findings.stream().filter(f -> owns(f.object())).forEach(f -> byObject.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f));
        return byObject.entrySet().stream().map(entry -> DynamicTest.dynamicTest("distributable: " + entry.getKey(),
                () -> assertThat(entry.getValue()).as("findings").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyDeclaredTableMatchesTheLiveSchema(TestDatabase database) {
        return module().tables().stream().map(table -> DynamicTest.dynamicTest("contract: " + table.name(), () -> {
            try (Connection connection = database.ownerDataSource().getConnection()) {
                assertThat(ContractCheck.check(connection, table)).as("differences").isEmpty();
            }
        }));
    }

    @Test
    void theModuleDeclaresEveryRepositoryItHolds() {
        AtlvsModule module = module();
        List<Class<?>> found = RepositoryScan.in(module);
        assertThat(RepositoryScan.undeclared(module)).as("repository interfaces of module " + moduleName
                + " missing from its repositories(), so their queries go unchecked").isEmpty();
        assertThat(module.repositories()).as("repositories() of module " + moduleName + " (each a repository interface of the module's jar)")
                .doesNotHaveDuplicates().allSatisfy(type -> assertThat(found).as("repositories found in the module's jar").contains(type));
    }

    @TestFactory
    Stream<DynamicTest> everyRepositoryQueryPreparesAgainstTheSchema(TestDatabase database) {
        return module().repositories().stream().flatMap(repository -> QueryCheck.queries(repository).stream())
                .map(query -> DynamicTest.dynamicTest("query: " + query.name(),
                        () -> assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), query)).as("findings").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyTenantTableIsolatesOrganizations(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture owner = fixtures.organization("Northern Lights Festival");
        OrganizationFixture other = fixtures.organization("Southern Stages");
        Guardrails guardrails = module().guardrails();
        Map<String, String> tenantTables = new LinkedHashMap<>();
        registeredTables(database).forEach((table, scope) -> {
            if (owns(table) && (scope.startsWith("tenant:") || scope.startsWith("log:"))) {
                tenantTables.put(table, scope.substring(scope.indexOf(':') + 1));
            }
        });
        return tenantTables.entrySet().stream().map(entry -> DynamicTest.dynamicTest("isolation: " + entry.getKey(), () -> {
            UUID row = guardrails.sample(entry.getKey())
                    .orElseThrow(() -> new AssertionError("no guardrail sample for tenant table " + entry.getKey()
                            + " in module " + moduleName))
                    .insert(owner);
            // Tables the run-time role may not read at all (sealed audit values) are probed as the owner,
            // whom row-level security binds as well.
            DataSource probe = runtimeMayRead(database, entry.getKey()) ? database.appDataSource() : database.ownerDataSource();
            assertThat(TenantIsolationCheck.check(probe, database.contextKey(), entry.getKey(), entry.getValue(), row, owner.id(), other.id()))
                    .as("findings").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAuditedTableAuditsAndRevertsItsChanges(TestDatabase database, Fixtures fixtures) throws SQLException {
        Guardrails guardrails = module().guardrails();
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from atlvs.registered_tables where scope = 'tenant' and audited order by table_name")) {
            while (rows.next()) {
                if (owns(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables.stream().map(table -> DynamicTest.dynamicTest("audit: " + table, () -> {
            OrganizationFixture org = fixtures.organization();
            UUID row = guardrails.sample(table)
                    .orElseThrow(() -> new AssertionError("no guardrail sample for tenant table " + table + " in module " + moduleName))
                    .insert(org);
            Guardrails.Mutation mutation = guardrails.mutation(table)
                    .orElseThrow(() -> new AssertionError("no guardrail mutation for tenant table " + table + " in module " + moduleName));

            List<AuditEntry> inserted = history(org, table, row);
            assertThat(inserted).as("audit rows after the insert").singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
                assertThat(entry.actorId()).contains(org.owner().id());
                assertThat(entry.newValues()).isPresent();
                assertThat(entry.oldValues()).isEmpty();
            });
            AtlvsModules.installed().table(table).ifPresent(declared -> assertThat(inserted.get(0).newValues().orElseThrow())
                    .as("the insert's values name every column").contains(declared.columns().stream().map(c -> "\"" + c.name() + "\"").toList()));

            String beforeUpdate = snapshot(org, table, row).orElseThrow();
            mutation.apply(org, row);
            List<AuditEntry> updated = history(org, table, row);
            assertThat(updated).hasSize(2);
            AuditEntry update = updated.get(1);
            assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(update.actorId()).contains(org.owner().id());
            assertThat(update.changedFields()).as("changed fields").isNotEmpty().doesNotContain("version", "updated_at", "updated_by");
            assertThat(update.transactionId()).isNotEqualTo(inserted.get(0).transactionId());

            int undone = org.asOwner(tx -> new AuditTrail(tx).revertTransaction(update.transactionId()));
            assertThat(undone).isEqualTo(1);
            assertThat(snapshot(org, table, row)).as("the row after reverting the update").contains(beforeUpdate);
            assertThat(history(org, table, row)).hasSize(3).last()
                    .satisfies(revert -> assertThat(revert.reason()).contains("revert of transaction " + update.transactionId()));

            if (guardrails.deletable(table)) {
                long deleteTransaction = org.asOwner(tx -> {
                    tx.handle().createUpdate("delete from " + Sql.identifier("atlvs") + "." + Sql.identifier(table) + " where id = :id").bind("id", row).execute();
                    return tx.transactionId();
                });
                assertThat(snapshot(org, table, row)).isEmpty();
                List<AuditEntry> deleted = history(org, table, row).stream().filter(e -> e.transactionId() == deleteTransaction).toList();
                assertThat(deleted).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
                    assertThat(entry.actorId()).contains(org.owner().id());
                    assertThat(entry.oldValues()).isPresent();
                });
                org.asOwner(tx -> new AuditTrail(tx).revertTransaction(deleteTransaction));
                assertThat(snapshot(org, table, row)).as("the row after reverting its delete").contains(beforeUpdate);
            }
        }));
    }

    @Test
    void everyStatusColumnOfTheModuleHasALifecycleOrMovesFreely() {
        AtlvsModule module = module();
        Guardrails guardrails = module.guardrails();
        assertThat(LifecycleCheck.undeclaredStatusColumns(module.tables(), guardrails)).as("status columns of module " + moduleName).isEmpty();
        assertThat(guardrails.lifecycles()).as("lifecycles of module " + moduleName)
                .allSatisfy(probe -> assertThat(owns(probe.lifecycle().table())).as(probe.lifecycle().table() + " is a table of the module").isTrue());
    }

    @TestFactory
    Stream<DynamicTest> everyLifecycleAgreesWithTheDatabase(TestDatabase database, Fixtures fixtures) {
        Guardrails guardrails = module().guardrails();
        return guardrails.lifecycles().stream().map(probe -> DynamicTest.dynamicTest(
                "lifecycle: " + probe.lifecycle().table() + "." + probe.lifecycle().column(), () -> {
                    List<Finding> findings = new ArrayList<>();
                    boolean enforced;
                    try (Connection connection = database.ownerDataSource().getConnection()) {
                        findings.addAll(LifecycleCheck.states(connection, probe.lifecycle()));
                        enforced = LifecycleCheck.enforcedByDatabase(connection, probe.lifecycle());
                    }
                    if (enforced && findings.isEmpty()) {
                        OrganizationFixture org = fixtures.organization();
                        Guardrails.Sample sample = probe.sample().or(() -> guardrails.sample(probe.lifecycle().table()))
                                .orElseThrow(() -> new AssertionError("no sample to probe the lifecycle of " + probe.lifecycle().table()));
                        findings.addAll(LifecycleCheck.transitions(org, probe, sample.insert(org)));
                    }
                    assertThat(findings).as("findings").isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredRuleHasOneIdentityWhoeverCatchesIt(TestDatabase database, Fixtures fixtures) {
        AtlvsModule module = module();
        Guardrails guardrails = module.guardrails();
        return module.rules().stream().map(rule -> DynamicTest.dynamicTest("rule: " + rule.name(), () -> {
            RuleProbe probe = guardrails.probe(rule.name()).orElseThrow(() -> new AssertionError("registered rule " + rule.name()
                    + " of module " + moduleName + " has no probe: declare one with Guardrails.Builder.rule"));
            OrganizationFixture org = fixtures.organization();
            if (probe instanceof TenantProbe tenant && tenant.sdk().isEmpty() && tenant.sql().isEmpty()) {
                // No write can break it (it restates what the database derives): the database must still hold it.
                try (Connection connection = database.ownerDataSource().getConnection()) {
                    assertThat(RuleIdentityCheck.heldByTheDatabase(connection, rule.name()))
                            .as("the unbreakable rule " + rule.name() + " (" + tenant.without().orElseThrow() + ") is a constraint "
                                    + "or a rule a function raises")
                            .isTrue();
                }
            } else if (probe instanceof TenantProbe tenant) {
                UUID row = tenant.setup().orElseGet(() -> sampleOf(rule.table())).insert(org);
                assertThat(RuleIdentityCheck.check(rule, tenant, org, row)).as("findings").isEmpty();
            } else if (probe instanceof PlatformProbe platform) {
                UUID row = platform.setup().insert(org);
                assertThat(RuleIdentityCheck.check(rule, platform, fixtures.atlvs(), database.appDataSource(), dev.atlvs.testing.SqlContext.of(database), row)).as("findings").isEmpty();
            }
        }));
    }

    @Test
    void everyRuleTheModuleRegistersHasAProbe() {
        assertThat(RuleIdentityCheck.unprobed(module().rules(), module().guardrails())).as("findings").isEmpty();
    }

    @Test
    void everyProbeBreaksARuleTheModuleRegisters() {
        Set<String> registered = new TreeSet<>();
        module().rules().forEach(rule -> registered.add(rule.name()));
        assertThat(module().guardrails().probedRules()).as("probes of module " + moduleName + " for rules it does not register")
                .allSatisfy(rule -> assertThat(registered).contains(rule));
    }

    @Test
    void theModuleRegistersEveryCheckOverSeveralColumnsOfItsTables(TestDatabase database) throws SQLException {
        List<String> unregistered = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select con.conname, cls.relname
                          from pg_constraint con
                          join pg_class cls on cls.oid = con.conrelid
                          join pg_namespace ns on ns.oid = cls.relnamespace
                         where ns.nspname = 'atlvs' and con.contype = 'c' and cardinality(con.conkey) > 1
                         order by 1
                        """);
                ResultSet rows = statement.executeQuery()) {
            Set<String> tables = new TreeSet<>();
            module().tables().forEach(table -> tables.add(table.name()));
            while (rows.next()) {
                if (tables.contains(rows.getString(2)) && AtlvsModules.installed().rule(rows.getString(1)).isEmpty()) {
                    unregistered.add(rows.getString(2) + "." + rows.getString(1));
                }
            }
        }
        assertThat(unregistered).as("CHECK constraints over several columns of module " + moduleName + " that no module registers")
                .isEmpty();
    }

    private static final Pattern RAISED = Pattern.compile(
            "errcode\\s*=\\s*'(check_violation|exclusion_violation)'\\s*,\\s*constraint\\s*=\\s*'([a-z0-9_]+)'");

    @Test
    void everyRuleATriggerRaisesIsRegistered(TestDatabase database) throws SQLException {
        if (!moduleName.equals(AtlvsModule.CORE)) {
            return; // core answers for the functions of the schema, whichever module's migration created them
        }
        Set<String> unregistered = new TreeSet<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'atlvs'
                        """)) {
            while (rows.next()) {
                Matcher raised = RAISED.matcher(rows.getString(1));
                while (raised.find()) {
                    if (AtlvsModules.installed().rule(raised.group(2)).isEmpty()) {
                        unregistered.add(raised.group(2));
                    }
                }
            }
        }
        assertThat(unregistered).as("rules raised by the schema's triggers that no installed module registers").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyMirroredCheckHasOneIdentityWhoeverCatchesIt(TestDatabase database, Fixtures fixtures) throws SQLException {
        AtlvsModule module = module();
        CheckMirrors mirrors;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            mirrors = CheckMirrors.load(connection, module.tables());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Mirror mirror : mirrors.all()) {
            Optional<Object> refused = RuleIdentityCheck.refusedValue(mirror);
            Optional<Guardrails.Sample> sample = module.guardrails().sample(mirror.table().name());
            if (refused.isEmpty() || sample.isEmpty()) {
                continue;
            }
            String name = "mirrored check: " + mirror.constraint() + " @" + mirror.annotation().annotationType().getSimpleName();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                OrganizationFixture org = fixtures.organization();
                UUID row = sample.get().insert(org);
                Optional<RuntimeException> sdk = RuleIdentityCheck.breakRule(org, row,
                        RuleIdentityCheck.derivedBreak(mirror, refused.get(), module.repositories()));
                Optional<RuntimeException> sql = RuleIdentityCheck.breakRule(org, row, RuleIdentityCheck.derivedSqlBreak(mirror, refused.get()));
                boolean derived = sql.isPresent() && sql.get() instanceof RuleIdentityCheck.DerivedByTheDatabase;
                // A refused value may break a registered rule as well (a negative credit leaves a journal line without one
                // side; an unknown time zone name is too long), which may refuse it first on either path: the probe of that
                // rule covers it, and this one cannot tell the two apart.
                Optional<String> other = java.util.stream.Stream.of(sdk, sql).flatMap(Optional::stream)
                        .filter(failure -> !(failure instanceof RuleIdentityCheck.DerivedByTheDatabase))
                        .map(failure -> RuleIdentityCheck.identity(failure, mirror.constraint()).rule())
                        .filter(rule -> rule != null && !rule.equals(mirror.constraint()) && AtlvsModules.installed().rule(rule).isPresent())
                        .findFirst();
                if (other.isPresent()) {
                    // Covered by the probe of the rule that refuses first: that probe must exist.
                    assertThat(AtlvsModules.installed().inDependencyOrder().stream().anyMatch(m -> m.guardrails().probe(other.get()).isPresent()))
                            .as("the value breaks the registered rule " + other.get() + " first, whose probe covers it").isTrue();
                } else if (derived) {
                    // The database derives the column whatever raw SQL writes: only the SDK path can break the annotation.
                    assertThat(RuleIdentityCheck.compare(mirror.constraint(), RuleIdentityCheck.expected(mirror), sdk, Optional.empty()))
                            .as("findings through the SDK").filteredOn(finding -> !finding.toString().contains("by raw SQL")).isEmpty();
                } else {
                    assertThat(RuleIdentityCheck.compare(mirror.constraint(), RuleIdentityCheck.expected(mirror), sdk, sql))
                            .as("findings").isEmpty();
                }
            }));
        }
        return tests.stream();
    }

    /** The guardrail sample of {@code table}: the module's own, else that of the module that declares the table. */
    private Guardrails.Sample sampleOf(String table) {
        return module().guardrails().sample(table)
                .or(() -> AtlvsModules.installed().owner(table).flatMap(owner -> owner.guardrails().sample(table)))
                .orElseThrow(() -> new AssertionError("no guardrail sample for table " + table + ", the table of a registered rule"));
    }

    private static List<AuditEntry> history(OrganizationFixture org, String table, UUID row) {
        var declared = AtlvsModules.installed().table(table)
                .orElseThrow(() -> new AssertionError("table " + table + " is registered but not declared in Java"));
        return org.asOwner(tx -> new AuditTrail(tx).history(declared, row));
    }

    /** The row as JSON without the update stamps and the version, read as the owner; empty when absent. */
    private static Optional<String> snapshot(OrganizationFixture org, String table, UUID row) {
        return org.asOwner(tx -> tx.handle()
                .createQuery("select (" + COMPARABLE + ")::text from " + Sql.identifier("atlvs") + "." + Sql.identifier(table) + " t where id = :id")
                .bind("id", row)
                .mapTo(String.class)
                .findOne());
    }

    private static boolean runtimeMayRead(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select has_table_privilege(?, 'atlvs.' || quote_ident(?), 'select')")) {
            statement.setString(1, TestDatabases.APP_ROLE);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static Map<String, String> pairs(TestDatabase database, String sql) throws SQLException {
        Map<String, String> pairs = new TreeMap<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                pairs.put(rows.getString(1), rows.getString(2));
            }
        }
        return pairs;
    }

    /**
     * Registered tables with their scope: {@code tenant:<column>}, {@code log:<column>} (a tenant table
     * that is not itself audited, such as the audit trail), {@code global} or {@code internal}.
     */
    public static Map<String, String> registeredTables(TestDatabase database) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name, scope, tenant_column, audited from atlvs.registered_tables order by table_name")) {
            while (rows.next()) {
                String scope = rows.getString(2).equals("tenant") ? "tenant:" + rows.getString(3) : rows.getString(2);
                tables.put(rows.getString(1), rows.getBoolean(4) || !scope.startsWith("tenant") ? scope : "log:" + rows.getString(3));
            }
        }
        return tables;
    }

}
