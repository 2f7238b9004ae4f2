package dev.atlvs.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/** What a dump of the schema would hold: every row of every table, written by {@code COPY ... TO STDOUT}. */
final class TableDump {

    private TableDump() {}

    /**
     * Every row of every table of the schema, as text, read by the administrator (row-level security does not hide
     * any), the audit trail and its sealed values included.
     */
    static String allTables(TestDatabase database) throws SQLException, IOException {
        StringWriter dump = new StringWriter();
        try (Connection connection = database.adminDataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                            + "where n.nspname = 'atlvs' and c.relkind = 'r' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("atlvs.user_profiles", "atlvs.webhooks", "atlvs.audit_sealed_values")
                    .anyMatch(t -> t.startsWith("atlvs.audit_logs_"));
            for (String table : tables) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table + " to stdout", dump);
            }
        }
        return dump.toString();
    }
}
