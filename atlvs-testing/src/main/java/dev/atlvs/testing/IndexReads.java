package dev.atlvs.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.AtlvsModules;
import java.util.List;

/**
 * What a statement costs in index reads rather than in time: the number of index entries the indexes of some tables
 * have returned in the transaction's session, from PostgreSQL's counters ({@code pg_stat_get_xact_tuples_returned}).
 * Take it before and after the statement under test and assert on the difference; a look-up by a whole key returns one
 * entry, a scan by a prefix every entry under it.
 *
 * <p>The counters are the session's counts not yet reported to the statistics system: they include an earlier
 * transaction of the same connection (rolled back or not) until PostgreSQL reports them, which it does at most once a
 * second, so only a difference taken inside one transaction measures that transaction. Entries an index scan reads and
 * rejects on a condition of a later column are not counted. Where Citus distributes the tables the reads happen on the
 * shards' indexes, which the distributed table's counters do not see.
 */
public final class IndexReads {
    private IndexReads() {}

    /**
     * The index entries the indexes of {@code tables} (names in schema {@code atlvs}) have returned so far in the
     * session of {@code tx}.
     *
     * @throws IllegalArgumentException if a table is not one of the installed modules' tables
     */
    public static long returned(TenantTransaction tx, String... tables) {
        for (String table : tables) {
            if (AtlvsModules.installed().table(table).isEmpty()) {
                throw new IllegalArgumentException("unknown table " + table);
            }
        }
        return tx.handle().createQuery("""
                select coalesce(sum(pg_stat_get_xact_tuples_returned(i.indexrelid)), 0)::bigint
                  from pg_index i
                 where i.indrelid = any (cast(:tables as regclass[]))
                """).bind("tables", List.of(tables).stream().map(table -> "atlvs." + table).toArray(String[]::new))
                .mapTo(Long.class).one();
    }
}
