package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A consistent set of {@link AtlvsModule}s in dependency order, and the union of what they declare.
 *
 * <pre>{@code
 * AtlvsModules modules = AtlvsModules.installed();   // every module on the class path
 * modules.inDependencyOrder();                       // core, projects, finance
 * modules.table("project_tasks");                    // its declaration
 * modules.owner("project_tasks");                    // the projects module
 * modules.rule("journal_entries_balanced");          // its registered identity
 * }</pre>
 *
 * <p>A set is refused with {@link CoreErrorCode#MODULE_SETUP_INVALID} and a message naming the module
 * when a dependency is missing, dependencies are circular, two modules share a name, a table, a
 * repository, an entity type, a search source, an event type, a permission, a rule or error-code numbers, or a module declares a
 * permission outside its own name, a rule with another module's error code, a repository that is no interface,
 * a search source or a read permission for a table it does not declare or with a permission it does not declare.
 */
public final class AtlvsModules {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,30}");

    private final List<AtlvsModule> ordered;
    private final Map<String, AtlvsModule> byName;
    private final Map<String, Table<?, ?>> tables;
    private final Map<String, AtlvsModule> tableOwners;
    private final Map<String, EntityType> entityTypes;
    private final Map<String, EventType> eventTypes;
    private final Map<String, dev.atlvs.core.search.SearchSource> searchSources;
    private final Map<String, Permission> permissions;
    private final Map<String, Permission> readPermissions;
    private final Map<String, Rule> rules;
    private final Map<String, dev.atlvs.core.repository.ReadGuard> readGuards;

    private AtlvsModules(List<AtlvsModule> ordered) {
        this.ordered = List.copyOf(ordered);
        Map<String, AtlvsModule> names = new LinkedHashMap<>();
        Map<String, Table<?, ?>> allTables = new LinkedHashMap<>();
        Map<String, AtlvsModule> owners = new HashMap<>();
        Map<String, EntityType> entities = new LinkedHashMap<>();
        Map<String, EventType> events = new LinkedHashMap<>();
        Map<String, dev.atlvs.core.search.SearchSource> searchable = new TreeMap<>();
        Map<String, Permission> grants = new LinkedHashMap<>();
        Map<String, Permission> reads = new TreeMap<>();
        Map<String, Rule> allRules = new LinkedHashMap<>();
        Map<String, dev.atlvs.core.repository.ReadGuard> guards = new HashMap<>();
        Map<String, AtlvsModule> ruleOwners = new HashMap<>();
        Map<Integer, String> codeNumbers = new HashMap<>();
        Map<Class<?>, AtlvsModule> repositoryOwners = new HashMap<>();
        List<AtlvsModule> blocks = new ArrayList<>();
        for (AtlvsModule module : ordered) {
            names.put(module.name(), module);
            for (Table<?, ?> table : module.tables()) {
                AtlvsModule previous = owners.putIfAbsent(table.name(), module);
                if (previous != null) {
                    throw invalid("table " + table.name() + " is declared by modules " + previous.name() + " and " + module.name());
                }
                allTables.put(table.name(), table);
            }
            for (Class<?> repository : module.repositories()) {
                if (!repository.isInterface()) {
                    throw invalid("module " + module.name() + " declares " + repository.getName() + " as a repository, but it is no interface");
                }
                AtlvsModule previous = repositoryOwners.putIfAbsent(repository, module);
                if (previous != null) {
                    throw invalid("repository " + repository.getName() + " is declared by modules " + previous.name() + " and " + module.name());
                }
            }
            for (EntityType type : module.entityTypes()) {
                if (entities.putIfAbsent(type.name(), type) != null) {
                    throw invalid("entity type " + type.name() + " is declared twice (again by module " + module.name() + ")");
                }
            }
            for (dev.atlvs.core.search.SearchSource source : module.searchSources()) {
                if (owners.get(source.table().name()) != module) {
                    throw invalid("module " + module.name() + " declares a search source of table " + source.table().name()
                            + ", which it does not declare");
                }
                if (searchable.putIfAbsent(source.entityType(), source) != null) {
                    throw invalid("search source " + source.entityType() + " is declared twice (again by module " + module.name() + ")");
                }
            }
            for (EventType type : module.eventTypes()) {
                if (events.putIfAbsent(type.name(), type) != null) {
                    throw invalid("event type " + type.name() + " is declared twice (again by module " + module.name() + ")");
                }
            }
            for (Permission permission : module.permissions()) {
                if (!permission.module().equals(module.name())) {
                    throw invalid("module " + module.name() + " declares permission " + permission.name() + " outside its name");
                }
                if (grants.putIfAbsent(permission.name(), permission) != null) {
                    throw invalid("permission " + permission.name() + " is declared twice");
                }
            }
            for (Map.Entry<String, Permission> read : module.readPermissions().entrySet()) {
                if (owners.get(read.getKey()) != module) {
                    throw invalid("module " + module.name() + " declares a read permission for table " + read.getKey() + ", which it does not declare");
                }
                if (!module.permissions().contains(read.getValue())) {
                    throw invalid("module " + module.name() + " reads table " + read.getKey() + " with permission " + read.getValue().name()
                            + ", which it does not declare");
                }
                reads.put(read.getKey(), read.getValue());
            }
            for (Map.Entry<String, dev.atlvs.core.repository.ReadGuard> guard : module.readGuards().entrySet()) {
                if (owners.get(guard.getKey()) != module) {
                    throw invalid("module " + module.name() + " guards the reads of table " + guard.getKey() + ", which it does not declare");
                }
                if (!module.permissions().contains(guard.getValue().permission())) {
                    throw invalid("module " + module.name() + " guards table " + guard.getKey() + " with permission "
                            + guard.getValue().permission().name() + ", which it does not declare");
                }
                guards.put(guard.getKey(), guard.getValue());
            }
            ErrorCodeBlock block = requireNonNull(module.errorCodes(), () -> "module " + module.name() + " declares no error codes");
            for (AtlvsModule other : blocks) {
                if (other.errorCodes().overlaps(block)) {
                    throw invalid("the error-code blocks of modules " + other.name() + " and " + module.name() + " overlap");
                }
            }
            for (Rule rule : requireNonNull(module.rules(), () -> "module " + module.name() + " declares rules as null")) {
                AtlvsModule previous = ruleOwners.putIfAbsent(rule.name(), module);
                if (previous != null) {
                    throw invalid("rule " + rule.name() + " is declared by modules " + previous.name() + " and " + module.name());
                }
                if (!(rule.code() instanceof CoreErrorCode) && !block.codes().contains(rule.code())) {
                    throw invalid("module " + module.name() + " declares rule " + rule.name() + " with error code " + rule.code().name()
                            + ", which is neither its own nor a core code");
                }
                allRules.put(rule.name(), rule);
            }
            blocks.add(module);
            for (ErrorCode code : block.codes()) {
                String previous = codeNumbers.put(code.number(), code.name());
                if (previous != null) {
                    throw invalid("error codes " + previous + " and " + code.name() + " share the number " + code.number());
                }
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.tables = Collections.unmodifiableMap(allTables);
        this.tableOwners = Map.copyOf(owners);
        this.entityTypes = Collections.unmodifiableMap(entities);
        this.eventTypes = Collections.unmodifiableMap(events);
        this.searchSources = Collections.unmodifiableMap(searchable);
        this.permissions = Collections.unmodifiableMap(grants);
        this.readPermissions = Collections.unmodifiableMap(reads);
        this.rules = Collections.unmodifiableMap(allRules);
        this.readGuards = Map.copyOf(guards);
    }

    /**
     * The modules on the class path of this library, found once through {@link ServiceLoader}.
     *
     * @throws AtlvsException ({@link CoreErrorCode#MODULE_SETUP_INVALID}) when they do not form a
     *         consistent set, for example a module whose dependency is not on the class path
     */
    public static AtlvsModules installed() {
        return Installed.MODULES.get();
    }

    /**
     * The given modules, checked and ordered.
     *
     * @throws AtlvsException ({@link CoreErrorCode#MODULE_SETUP_INVALID}) when they do not form a
     *         consistent set
     */
    public static AtlvsModules of(Collection<? extends AtlvsModule> modules) {
        requireNonNull(modules, "modules is null");
        Map<String, AtlvsModule> byName = new TreeMap<>();
        for (AtlvsModule module : modules) {
            if (!NAME.matcher(module.name()).matches()) {
                throw invalid("module name " + module.name() + " is not a lower-case word");
            }
            AtlvsModule previous = byName.put(module.name(), module);
            if (previous != null) {
                throw invalid("two modules are named " + module.name() + " (" + previous.getClass().getName() + ", "
                        + module.getClass().getName() + ")");
            }
        }
        if (!byName.containsKey(AtlvsModule.CORE)) {
            throw invalid("the core module is not on the class path");
        }
        for (AtlvsModule module : byName.values()) {
            for (String dependency : module.dependsOn()) {
                if (!byName.containsKey(dependency)) {
                    throw invalid("module " + module.name() + " needs module " + dependency
                            + ", which is not on the class path: add the atlvs-" + dependency + " dependency");
                }
            }
        }
        List<AtlvsModule> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (AtlvsModule module : byName.values()) {
            visit(module, byName, done, new ArrayList<>(), ordered);
        }
        checkAutomationTypes(ordered);
        return new AtlvsModules(ordered);
    }

    /** Each automation trigger and action type is named {@code <module>.<what>} after its module, and once. */
    private static void checkAutomationTypes(List<AtlvsModule> modules) {
        Set<String> triggers = new HashSet<>();
        Set<String> actions = new HashSet<>();
        for (AtlvsModule module : modules) {
            List<String> names = new ArrayList<>();
            for (dev.atlvs.core.automation.AutomationTrigger trigger : module.automationTriggers()) {
                names.add(trigger.name());
                if (!triggers.add(trigger.name())) {
                    throw invalid("two automation trigger types are named " + trigger.name());
                }
            }
            for (dev.atlvs.core.automation.AutomationAction action : module.automationActions()) {
                names.add(action.name());
                if (!actions.add(action.name())) {
                    throw invalid("two automation action types are named " + action.name());
                }
            }
            for (String name : names) {
                if (!name.matches(java.util.regex.Pattern.quote(module.name()) + "\\.[a-z][a-z0-9_]*")) {
                    throw invalid("automation type " + name + " of module " + module.name() + " is not named " + module.name() + ".<what>");
                }
            }
        }
    }

    private static void visit(AtlvsModule module, Map<String, AtlvsModule> byName, Set<String> done, List<String> path,
            List<AtlvsModule> ordered) {
        if (done.contains(module.name())) {
            return;
        }
        if (path.contains(module.name())) {
            path.add(module.name());
            throw invalid("modules depend on each other in a circle: " + String.join(" -> ", path));
        }
        path.add(module.name());
        for (String dependency : new java.util.TreeSet<>(module.dependsOn())) {
            visit(byName.get(dependency), byName, done, path, ordered);
        }
        path.remove(path.size() - 1);
        done.add(module.name());
        ordered.add(module);
    }

    private static AtlvsException invalid(String message) {
        return new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, message);
    }

    /** The modules, each after the modules it depends on. */
    public List<AtlvsModule> inDependencyOrder() {
        return ordered;
    }

    /** The module called {@code name}, if present. */
    public Optional<AtlvsModule> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether the module called {@code name} is present. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Every declared table, in module order. */
    public Collection<Table<?, ?>> tables() {
        return tables.values();
    }

    /** The declaration of the table {@code name}, if a module declares it. */
    public Optional<Table<?, ?>> table(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(tables.get(name));
    }

    /** The module that declares the table {@code name}, if any. */
    public Optional<AtlvsModule> owner(String table) {
        return table == null ? Optional.empty() : Optional.ofNullable(tableOwners.get(table));
    }

    /** Every entity type, by name. */
    public Map<String, EntityType> entityTypes() {
        return entityTypes;
    }

    /** Every event type, by name. */
    public Map<String, EventType> eventTypes() {
        return eventTypes;
    }

    /** Every search source, by entity type. */
    public Map<String, dev.atlvs.core.search.SearchSource> searchSources() {
        return searchSources;
    }

    /** Every declared permission, by name. */
    public Map<String, Permission> permissions() {
        return permissions;
    }

    /** The permission that lets an actor read {@code table} (see {@link AtlvsModule#readPermissions()}), if it has one. */
    public Optional<Permission> readPermission(String table) {
        return Optional.ofNullable(readPermissions.get(table));
    }

    /** The read permission of every table that has one, by table name. */
    public Map<String, Permission> readPermissions() {
        return readPermissions;
    }

    /** The guard of {@code table}'s reads (see {@link AtlvsModule#readGuards()}), if its rows are personal. */
    public Optional<dev.atlvs.core.repository.ReadGuard> readGuard(String table) {
        return Optional.ofNullable(readGuards.get(table));
    }

    /** The guards of the tables whose every row is personal, by table name. */
    public Map<String, dev.atlvs.core.repository.ReadGuard> readGuards() {
        return readGuards;
    }

    /** Every declared rule, by name, in module order. */
    public Map<String, Rule> rules() {
        return rules;
    }

    /** The rule {@code name}, if a module declares it. */
    public Optional<Rule> rule(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(rules.get(name));
    }

    @Override
    public String toString() {
        return "AtlvsModules" + byName.keySet();
    }

    /** Loads the class path's modules on first use, so that a bad set fails with its message, every time. */
    private static final class Installed {
        private static final java.util.function.Supplier<AtlvsModules> MODULES = load();

        private static java.util.function.Supplier<AtlvsModules> load() {
            List<AtlvsModule> found = new ArrayList<>();
            ServiceLoader.load(AtlvsModule.class, AtlvsModules.class.getClassLoader()).forEach(found::add);
            try {
                AtlvsModules modules = of(found);
                return () -> modules;
            } catch (AtlvsException failure) {
                return () -> {
                    throw new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, failure.getMessage());
                };
            }
        }
    }
}
