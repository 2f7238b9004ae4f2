package dev.atlvs.core.error;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.internal.RelayedCommit;
import dev.atlvs.core.repository.internal.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * PostgreSQL's errors read as the SDK reads them, for code that runs raw SQL on its own connections. Distributed with
 * Citus, an error raised on a shard that the coordinator reaches over a connection comes back without its constraint,
 * table and column fields, and a deferred rule refused at commit comes back as Citus's internal error with the shard's
 * error as a warning; these methods give the same answer as on one server. {@link dev.atlvs.core.Atlvs#translate}
 * turns such an error into the SDK's exception.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /**
     * The constraint or registered rule that {@code failure} names (its constraint field, or the name its message
     * gives where Citus relayed it), without the suffix of a Citus shard; empty when it names none.
     */
    public static Optional<String> constraint(SQLException failure) {
        requireNonNull(failure, "failure is null");
        return failure instanceof PSQLException psql
                ? Optional.ofNullable(SqlErrors.constraintOf(psql.getServerErrorMessage()))
                : Optional.empty();
    }

    /**
     * The error a shard raised when the commit of {@code connection} failed with {@code failure}: where Citus reports a
     * refusal at a shard's commit as its internal error (SQLSTATE XX000), the shard's error from the commit's warnings;
     * otherwise {@code failure} itself.
     */
    public static SQLException refusalAtCommit(SQLException failure, Connection connection) {
        requireNonNull(failure, "failure is null");
        requireNonNull(connection, "connection is null");
        return RelayedCommit.refusalAtCommit(failure, connection);
    }
}
