package dev.atlvs.core.repository.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The constraints of the {@code atlvs} schema, read once from the catalog, so that a violated
 * constraint can be reported by the fields it covers without querying an aborted transaction.
 */
public final class Constraints {

    /**
     * One constraint: its table, kind ({@code p}, {@code u}, {@code f}, {@code c}, {@code x}), columns and
     * definition as the server prints it ({@code pg_get_constraintdef}; empty for unique indexes).
     */
    public record Constraint(String name, String table, char kind, List<String> columns, String definition) {

        /** Whether this is a CHECK constraint on exactly one column. */
        public boolean isSingleColumnCheck() {
            return kind == 'c' && columns.size() == 1;
        }
    }

    private static final String QUERY = """
            select con.conname, cls.relname, con.contype,
                   array(select att.attname::text
                           from unnest(con.conkey) with ordinality as k(attnum, ord)
                           join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.attnum
                          order by k.ord) as columns,
                   pg_get_constraintdef(con.oid) as definition
              from pg_constraint con
              join pg_class cls on cls.oid = con.conrelid
              join pg_namespace ns on ns.oid = cls.relnamespace
             where ns.nspname = 'atlvs'
            union all
            -- Unique indexes that back no constraint (partial or expression indexes), keyed like constraints;
            -- an expression key such as lower(name) counts as the column it reads.
            select idx.relname, cls.relname, 'u',
                   array(select coalesce(att.attname::text,
                                         substring(pg_get_indexdef(i.indexrelid, k.ord::int, true) from '([a-z_][a-z0-9_]*)\\)?$'))
                           from unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
                           left join pg_attribute att on att.attrelid = i.indrelid and att.attnum = k.attnum and k.attnum > 0
                          order by k.ord) as columns,
                   '' as definition
              from pg_index i
              join pg_class idx on idx.oid = i.indexrelid
              join pg_class cls on cls.oid = i.indrelid
              join pg_namespace ns on ns.oid = cls.relnamespace
             where ns.nspname = 'atlvs' and i.indisunique
               and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """;

    private final Map<String, Constraint> byName;

    private Constraints(Map<String, Constraint> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** No constraints known (before the schema exists). */
    public static Constraints none() {
        return new Constraints(Map.of());
    }

    /** Reads the constraints of the schema. */
    public static Constraints load(Connection connection) throws SQLException {
        Map<String, Constraint> constraints = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String[] columns = (String[]) rows.getArray(4).getArray();
                Constraint constraint = new Constraint(rows.getString(1), rows.getString(2), rows.getString(3).charAt(0),
                        List.copyOf(Arrays.asList(columns)), rows.getString(5));
                constraints.put(constraint.table() + "." + constraint.name(), constraint);
            }
        }
        return new Constraints(constraints);
    }

    /** Every constraint, in no particular order. */
    public Collection<Constraint> all() {
        return byName.values();
    }

    /**
     * The constraint {@code name} of {@code table}; with {@code table} null (an error relayed by Citus names no table),
     * the one constraint of that name, if only one table has it.
     */
    public Optional<Constraint> find(String table, String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (table != null) {
            return Optional.ofNullable(byName.get(table + "." + name));
        }
        List<Constraint> named = byName.values().stream().filter(c -> c.name().equals(name)).limit(2).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
