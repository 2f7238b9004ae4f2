package dev.atlvs.core.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An error raised on a shard that Citus reaches over a connection comes back with its message and context only;
 * what it names is read back from the message.
 */
class RelayedErrorsTest {

    private static ServerErrorMessage relayed(String state, String message, String where) {
        StringBuilder fields = new StringBuilder();
        fields.append('S').append("ERROR").append('\0');
        fields.append('C').append(state).append('\0');
        fields.append('M').append(message).append('\0');
        if (where != null) {
            fields.append('W').append(where).append('\0');
        }
        fields.append('R').append(SqlErrors.CITUS_RELAY_ROUTINE).append('\0');
        return new ServerErrorMessage(fields.toString());
    }

    @Test
    void theNamesOfAnIntegrityViolationAreReadFromItsMessage() {
        var unique = SqlErrors.Relayed.of(relayed("23505",
                "duplicate key value violates unique constraint \"tags_name_unique_102075\"", "while executing command on db:5432"));
        var notNull = SqlErrors.Relayed.of(relayed("23502",
                "null value in column \"name\" of relation \"tags_102075\" violates not-null constraint", null));
        var foreign = SqlErrors.Relayed.of(relayed("23503",
                "insert or update on table \"tasks_102160\" violates foreign key constraint \"tasks_project_fkey_102160\"", null));

        assertThat(unique).isEqualTo(new SqlErrors.Relayed(null, "tags_name_unique_102075", null));
        assertThat(notNull).isEqualTo(new SqlErrors.Relayed("tags_102075", null, "name"));
        assertThat(foreign).isEqualTo(new SqlErrors.Relayed("tasks_102160", "tasks_project_fkey_102160", null));
    }

    @Test
    void aRuleRaisedByATriggerIsKnownByItsRegisteredMessage() {
        var raised = relayed("42501", "system roles cannot be changed or deleted",
                "PL/pgSQL function atlvs.custom_roles_guard() line 4 at RAISE\nwhile executing command on db:5432");
        var notRaised = relayed("42501", "system roles cannot be changed or deleted", "while executing command on db:5432");

        assertThat(SqlErrors.Relayed.of(raised).constraint()).isEqualTo("custom_roles_system_role");
        assertThat(SqlErrors.Relayed.of(notRaised).constraint()).isNull();
    }

    @Test
    void anErrorOfThisServerIsNotReadFromItsMessage() {
        var local = new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value violates unique constraint \"x\"\0Rexec\0");

        assertThat(SqlErrors.Relayed.of(local)).isEqualTo(SqlErrors.Relayed.NONE);
    }

    @Test
    void withoutValuesKeepsTheMessageAndTheRaisingFunctionOfARelayedRule() {
        var raised = relayed("P0001", "system roles cannot be changed or deleted",
                "PL/pgSQL function atlvs.custom_roles_guard() line 4 at RAISE\nSQL statement \"update x set a = 'secret'\"");
        var conversion = relayed("22P02", "invalid input syntax for type uuid: \"secret\"", "while executing command on db:5432");

        var kept = ((PSQLException) SqlErrors.withoutValues(new PSQLException(raised))).getServerErrorMessage();
        SQLException dropped = SqlErrors.withoutValues(new PSQLException(conversion));

        assertThat(kept.getMessage()).isEqualTo("system roles cannot be changed or deleted");
        assertThat(kept.getWhere()).isEqualTo("PL/pgSQL function atlvs.custom_roles_guard() line 4 at RAISE");
        assertThat(dropped.getMessage()).doesNotContain("secret");
    }
}
