package dev.atlvs.core.module;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import java.util.List;
import java.util.Set;

/**
 * Everything one ATLVS module contributes, declared once: its name and the modules it needs, where its
 * Flyway migrations live, its tables, repositories, entity types, event types, permissions and error-code
 * block, and the guardrail samples and mutations that let the generated test suites probe each of its tables.
 *
 * <p>A module implements this interface once and lists the implementation in
 * {@code META-INF/services/dev.atlvs.core.module.AtlvsModule}. {@link AtlvsModules#installed()} finds
 * every module on the class path, refuses a set whose dependencies are missing or circular, and orders
 * them so that a module comes after the modules it depends on; the migrator applies their migrations in
 * that order, each module with a Flyway history table of its own, so version numbers of different
 * modules never collide.
 *
 * <pre>{@code
 * public final class ProjectsModule implements AtlvsModule {
 *     public String name() { return "projects"; }
 *     public List<Table<?, ?>> tables() { return List.of(Project.TABLE, Task.TABLE); }
 *     public ErrorCodeBlock errorCodes() { return ErrorCodeBlock.of(2000, 2999, ProjectsErrorCode.class); }
 * }
 * }</pre>
 */
public interface AtlvsModule {

    /** The name of the core module, which every other module depends on. */
    String CORE = "core";

    /** The module's name: lower-case letters, unique, the first part of its permissions and locations. */
    String name();

    /** The names of the modules this one needs (their tables, types or services); core by default. */
    default Set<String> dependsOn() {
        return Set.of(CORE);
    }

    /** The Flyway location of the module's migrations; {@code classpath:db/atlvs/<name>} by default. */
    default String migrationLocation() {
        return "classpath:db/atlvs/" + name();
    }

    /** The Flyway history table of the module, inside the {@code atlvs} schema. */
    default String historyTable() {
        return "flyway_schema_history_" + name();
    }

    /** The tables the module declares (each registered by its migrations). */
    List<Table<?, ?>> tables();

    /** What comments, attachments, tags and notifications may point at in this module. */
    default List<EntityType> entityTypes() {
        return List.of();
    }

    /**
     * The module's searchable tables ({@link dev.atlvs.core.search.SearchSource}), each registered by its migrations with
     * {@code atlvs.register_search_source} and the same columns; the generated guardrail suites compare the two. Each
     * names a table of the module.
     */
    default List<dev.atlvs.core.search.SearchSource> searchSources() {
        return List.of();
    }

    /** The domain event types the module publishes. */
    default List<EventType> eventTypes() {
        return List.of();
    }

    /** The permissions the module's operations require, each named {@code <module>.<resource>.<action>}. */
    default List<Permission> permissions() {
        return List.of();
    }

    /**
     * The permission that lets an actor read each of the module's tables, by table name: the change feed
     * ({@link dev.atlvs.core.feed.ChangeFeed}) delivers a table's changes only to subscribers who hold it, and
     * refuses to subscribe to a table that has none. Each permission is one of the module's own
     * {@link #permissions()}; a table whose changes no tenant follows (a platform-wide table) has none.
     */
    default java.util.Map<String, Permission> readPermissions() {
        return java.util.Map.of();
    }

    /**
     * The guards of the module's tables whose every row is personal, by table name: a row of such a table is mapped
     * (and its encrypted columns decrypted) in a tenant transaction only when the guard allows it (see
     * {@link dev.atlvs.core.repository.ReadGuard}). Each table is one of the module's own and each guard's permission
     * one of its {@link #permissions()}.
     */
    default java.util.Map<String, dev.atlvs.core.repository.ReadGuard> readGuards() {
        return java.util.Map.of();
    }

    /** The number range of the module's error codes and the codes in it. */
    ErrorCodeBlock errorCodes();

    /**
     * The named rules the module's migrations hold (trigger rules, CHECK constraints over several columns,
     * overlaps), each with the error code, field and message it is reported with by the database and by the
     * module's Java checks alike (a catalog class such as {@code FinanceRules}). A rule's code is one of the
     * module's own or of the core's. The generated guardrail suites break every rule once through the SDK and
     * once by raw SQL ({@link Guardrails.Builder#rule}) and require the same identity from both.
     */
    default List<Rule> rules() {
        return List.of();
    }

    /**
     * Every Jdbi SqlObject repository interface of the module: each interface that extends
     * {@link dev.atlvs.core.repository.Repository} or declares {@code @SqlQuery}, {@code @SqlUpdate} or
     * {@code @SqlBatch} methods. The generated guardrail suites prepare the SQL of every such method against
     * the migrated schema (a misspelled or dropped column, a missing table or privilege fails the build),
     * and fail when the module's jar holds a repository interface that is not listed here. A plain
     * {@code Class<?>} list, because a SqlObject interface need not extend any SDK type (typed reads of a
     * view, such as {@code ProjectTagRepository}, extend nothing).
     */
    default List<Class<?>> repositories() {
        return List.of();
    }

    /**
     * The automation trigger types the module contributes ({@code <module>.<what>}), which rules of the organization's
     * rule store may name (see {@link dev.atlvs.core.automation.AutomationEngine}). None by default.
     */
    default List<dev.atlvs.core.automation.AutomationTrigger> automationTriggers() {
        return List.of();
    }

    /** The automation action types the module contributes ({@code <module>.<what>}). None by default. */
    default List<dev.atlvs.core.automation.AutomationAction> automationActions() {
        return List.of();
    }

    /** One sample row and one ordinary update per tenant table, for the generated guardrail suites. */
    default Guardrails guardrails() {
        return Guardrails.none();
    }
}
