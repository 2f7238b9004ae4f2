package dev.atlvs.core.migration;

import dev.atlvs.core.module.AtlvsModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * A released migration with a statement that Citus refuses as written, and the statements that do the same on a Citus
 * coordinator.
 *
 * <p>A released migration is never edited: databases hold its checksum. Where Citus is installed the migrator applies
 * the script with {@link #written} replaced by {@link #citus}, then records the released script's checksum, so that
 * the history of a Citus database reads the same as any other's.
 *
 * @param module  the module whose migration it is
 * @param version the migration's version
 * @param script  the file name of the released script
 * @param written the statement as the released script has it, exactly
 * @param citus   what runs instead on a Citus coordinator
 */
record CitusForm(String module, String version, String script, String written, String citus) {

    /**
     * Every released migration that needs a Citus form.
     *
     * <ul>
     *   <li>Core 33: Citus refuses an {@code alter table} that adds a constraint together with other subcommands
     *       ("cannot execute ADD CONSTRAINT command with other subcommands"); each one is issued alone.</li>
     *   <li>Core 35: {@code atlvs.register_entity_links} inserts into the registry of link tables (a reference table
     *       once distributed) with a sub-query in its {@code values}, which Citus refuses ("subqueries are not
     *       supported within INSERT queries"); the link-table installer inserts the name it has already read.</li>
     * </ul>
     */
    static final List<CitusForm> ALL = List.of(new CitusForm(AtlvsModule.CORE, "33", "V33__retention.sql", """
            alter table atlvs.organizations
                add column audit_log_retention_days integer not null default 2555,
                add column webhook_log_retention_days integer not null default 90,
                add constraint organizations_audit_log_retention_days_check
                    check (audit_log_retention_days between 30 and 2555),
                add constraint organizations_webhook_log_retention_days_check
                    check (webhook_log_retention_days between 7 and 2555);
            """, """
            alter table atlvs.organizations
                add column audit_log_retention_days integer not null default 2555;
            alter table atlvs.organizations
                add column webhook_log_retention_days integer not null default 90;
            alter table atlvs.organizations
                add constraint organizations_audit_log_retention_days_check
                    check (audit_log_retention_days between 30 and 2555);
            alter table atlvs.organizations
                add constraint organizations_webhook_log_retention_days_check
                    check (webhook_log_retention_days between 7 and 2555);
            """), new CitusForm(AtlvsModule.CORE, "35", "V35__bulk_load.sql", """
                perform atlvs.register_entity_links(target, type_column, id_column);
            """, """
                insert into atlvs.entity_link_tables (table_name, type_column, id_column)
                values (link_table, type_column, id_column)
                on conflict do nothing;
            """));

    /** The Citus forms of {@code module}'s migrations, in version order. */
    static List<CitusForm> of(AtlvsModule module) {
        return ALL.stream().filter(form -> form.module.equals(module.name())).toList();
    }

    /**
     * The released script with the statement replaced, as the only resource Flyway sees.
     *
     * @throws IllegalStateException when the script is missing or does not hold the statement exactly once
     */
    ResourceProvider resources(AtlvsModule module) {
        String folder = module.migrationLocation().replaceFirst("^classpath:/*", "");
        String path = folder + "/" + script;
        String released;
        try (InputStream in = module.getClass().getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + path + " of module " + module.name() + " is not on the class path");
            }
            released = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("the migration " + path + " cannot be read", failure);
        }
        int at = released.indexOf(written);
        if (at < 0 || released.indexOf(written, at + 1) >= 0) {
            throw new IllegalStateException("the migration " + path + " does not hold its Citus form's statement exactly once");
        }
        String text = released.substring(0, at) + citus + released.substring(at + written.length());
        LoadableResource resource = new LoadableResource() {
            @Override
            public Reader read() {
                return new StringReader(text);
            }

            @Override
            public String getAbsolutePath() {
                return path;
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return path;
            }

            @Override
            public String getFilename() {
                return script;
            }

            @Override
            public String getRelativePath() {
                return script;
            }
        };
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return name.equals(script) || name.equals(path) ? resource : null;
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                boolean matches = script.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(script::endsWith);
                return matches ? List.of(resource) : List.of();
            }
        };
    }
}
