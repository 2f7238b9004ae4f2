package dev.atlvs.testing.guardrails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The functions of schema {@code atlvs} that run with the owner's rights, as the catalog of a live database lists them. */
public final class DefinerFunctions {

    private DefinerFunctions() {
    }

    /** The definer functions of schema atlvs that {@code role} may execute, as {@code atlvs.name(argument types)}, sorted. */
    public static List<String> executableBy(Connection connection, String role) throws SQLException {
        List<String> functions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select 'atlvs.' || p.proname || '(' || coalesce((select string_agg(format_type(t, null), ',' order by o)
                                                             from unnest(p.proargtypes) with ordinality a(t, o)), '') || ')'
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'atlvs' and p.prosecdef and has_function_privilege(?, p.oid, 'execute')
                 order by 1
                """)) {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    functions.add(rows.getString(1));
                }
            }
        }
        return functions;
    }
}
