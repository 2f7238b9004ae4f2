package dev.atlvs.core.internal;

import java.sql.SQLException;
import java.sql.SQLWarning;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * Keeps the identity of a rule that a shard refuses at commit. Distributed with Citus, a deferred rule (a constraint
 * trigger checked at commit) is checked on the shard's node when the coordinator commits the transaction there: the
 * refusal reaches the client as {@code could not commit transaction for shard ... on at least one active node}
 * (SQLSTATE XX000), the transaction rolled back everywhere, and the shard's own error only as a warning of that
 * commit. The failed commit is reported with that error instead, which translates to the rule it names
 * ({@link dev.atlvs.core.repository.internal.SqlErrors}).
 */
public final class RelayedCommit extends DelegatingTransactionHandler {

    private static final String INTERNAL_ERROR = "XX000";

    /** Reports the commits of {@code delegate} so. */
    public RelayedCommit(TransactionHandler delegate) {
        super(delegate);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        try {
            return super.inTransaction(handle, callback);
        } catch (TransactionException failure) {
            throw withShardRefusal(handle, failure);
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback)
            throws X {
        try {
            return super.inTransaction(handle, level, callback);
        } catch (TransactionException failure) {
            throw withShardRefusal(handle, failure);
        }
    }

    private static TransactionException withShardRefusal(Handle handle, TransactionException failure) {
        if (!(failure.getCause() instanceof SQLException commit)) {
            return failure;
        }
        SQLException refusal = refusalAtCommit(commit, handle.getConnection());
        if (refusal == commit) {
            return failure;
        }
        TransactionException refused = new TransactionException("a shard refused the transaction at commit", refusal);
        refused.addSuppressed(failure);
        return refused;
    }

    /**
     * The error a shard raised when {@code connection}'s commit failed with {@code failure}: the first warning of the
     * commit that carries an error's SQLSTATE, when the commit failed with Citus's internal error; else {@code failure}.
     */
    public static SQLException refusalAtCommit(SQLException failure, java.sql.Connection connection) {
        if (!INTERNAL_ERROR.equals(failure.getSQLState())) {
            return failure;
        }
        try {
            for (SQLWarning warning = connection.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                ServerErrorMessage server = warning instanceof PSQLWarning psql ? psql.getServerErrorMessage() : null;
                if (server != null && server.getSQLState() != null && !server.getSQLState().startsWith("01")
                        && !INTERNAL_ERROR.equals(server.getSQLState())) {
                    PSQLException refused = new PSQLException(server);
                    refused.addSuppressed(failure);
                    return refused;
                }
            }
        } catch (SQLException unreadable) {
            failure.addSuppressed(unreadable);
        }
        return failure;
    }
}
