package dev.atlvs.core.internal;

import dev.atlvs.core.repository.internal.SqlErrors;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The statements of the SDK's Jdbi: each JDBC statement Jdbi creates is wrapped so that a failure leaves it
 * without the server's detail and any message that may quote a bound value or the statement's text
 * ({@link SqlErrors#withoutValues}). Jdbi wraps what a statement throws in its own exceptions, as their cause,
 * before the SDK can translate it: an exception caught inside a transaction's work is clean already.
 */
final class GuardedStatements implements StatementBuilder {

    private final StatementBuilder statements = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        return guard(statements.create(connection, context), Statement.class);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        try {
            return guard(statements.create(connection, sql, context), PreparedStatement.class);
        } catch (SQLException failure) {
            throw SqlErrors.withoutValues(failure);
        }
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context) throws SQLException {
        try {
            return guard(statements.createCall(connection, sql, context), CallableStatement.class);
        } catch (SQLException failure) {
            throw SqlErrors.withoutValues(failure);
        }
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        statements.close(connection, sql, statement);
    }

    private static <S extends Statement> S guard(S statement, Class<S> type) {
        return type.cast(Proxy.newProxyInstance(GuardedStatements.class.getClassLoader(), new Class<?>[] {type}, new Guard(statement)));
    }

    /** Forwards every call to the driver's statement and cleans what it throws. */
    private record Guard(Statement statement) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                // The driver's statement prints its text with the bound values in place.
                return "statement (text and values withheld)";
            }
            try {
                return method.invoke(statement, arguments);
            } catch (InvocationTargetException thrown) {
                Throwable failure = thrown.getCause();
                throw failure instanceof SQLException sql ? SqlErrors.withoutValues(sql) : failure;
            }
        }
    }
}
