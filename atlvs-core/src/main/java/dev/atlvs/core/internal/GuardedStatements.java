package dev.atlvs.core.internal;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.internal.SqlErrors;
import dev.atlvs.core.validation.internal.StorableText;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.postgresql.util.PGobject;

/**
 * The statements of the SDK's Jdbi. Each JDBC statement Jdbi creates is wrapped so that
 * <ul>
 *   <li>every text value bound to it, whatever Java type carried it (a {@code String}, an array or list bound as an SQL
 *       array, a {@code PGobject}), is checked before the statement runs: text PostgreSQL cannot store is a
 *       {@link dev.atlvs.core.error.ValidationException} naming the parameter as it was bound ({@code name}, {@code
 *       item.name} of a bean, {@code names[2]} of a list), under the rule that also guards the fields of values
 *       ({@link StorableText});</li>
 *   <li>a failure leaves it without the server's detail and any message that may quote a bound value or the
 *       statement's text ({@link SqlErrors#withoutValues}). Jdbi wraps what a statement throws in its own exceptions,
 *       as their cause, before the SDK can translate it: an exception caught inside a transaction's work is clean
 *       already.</li>
 * </ul>
 */
final class GuardedStatements implements StatementBuilder {

    private final StatementBuilder statements = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        try {
            return guard(statements.create(connection, context), Statement.class, context);
        } catch (SQLException failure) {
            throw SqlErrors.withoutValues(failure);
        }
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        try {
            return guard(statements.create(connection, sql, context), PreparedStatement.class, context);
        } catch (SQLException failure) {
            throw SqlErrors.withoutValues(failure);
        }
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context) throws SQLException {
        try {
            return guard(statements.createCall(connection, sql, context), CallableStatement.class, context);
        } catch (SQLException failure) {
            throw SqlErrors.withoutValues(failure);
        }
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        statements.close(connection, sql, statement);
    }

    private static <S extends Statement> S guard(S statement, Class<S> type, StatementContext context) {
        return type.cast(Proxy.newProxyInstance(GuardedStatements.class.getClassLoader(), new Class<?>[] {type},
                new Guard(statement, context)));
    }

    /** Forwards every call to the driver's statement, checks the text it is given to bind and cleans what it throws. */
    private record Guard(Statement statement, StatementContext context) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            String name = method.getName();
            if (name.equals("toString") && method.getParameterCount() == 0) {
                // The driver's statement prints its text with the bound values in place.
                return "statement (text and values withheld)";
            }
            if (name.startsWith("set") && arguments != null && arguments.length >= 2 && arguments[0] instanceof Integer position) {
                check(position, arguments[1]);
            }
            try {
                return method.invoke(statement, arguments);
            } catch (InvocationTargetException thrown) {
                Throwable failure = thrown.getCause();
                throw failure instanceof SQLException sql ? SqlErrors.withoutValues(sql) : failure;
            }
        }

        private void check(int position, Object value) throws SQLException {
            Object text = value;
            if (value instanceof PGobject object) {
                text = object.getValue();
            } else if (value instanceof Array array) {
                text = array.getArray();
            }
            if (!StorableText.storableValue(text)) {
                throw ValidationException.of(subject(), parameter(position), StorableText.RULE, StorableText.MESSAGE);
            }
        }

        /** The SqlObject method that runs the statement ({@code TagRepository.findByName}), else {@code Statement}. */
        private String subject() {
            ExtensionMethod method = context.getExtensionMethod();
            return method == null ? "Statement" : method.getType().getSimpleName() + "." + method.getMethod().getName();
        }

        /**
         * The parameter at {@code position} as it was bound: its name, an element of a bound list ({@code ids[2]}), or
         * for positional parameters its index from 0, as Jdbi's {@code bind(int, ...)} counts.
         */
        private String parameter(int position) {
            ParsedSql parsed = context.getParsedSql();
            if (parsed == null || parsed.getParameters().isPositional() || position > parsed.getParameters().getParameterCount()) {
                return String.valueOf(position - 1);
            }
            String bound = parsed.getParameters().getParameterNames().get(position - 1);
            Matcher element = LIST_ELEMENT.matcher(bound);
            if (element.matches()) {
                return element.group(1) + "[" + element.group(2) + "]" + (element.group(3) == null ? "" : "." + element.group(3));
            }
            return bound;
        }
    }

    /** The names Jdbi binds the elements of a list under: {@code __<name>_<index>}, and {@code _<property>} for beans. */
    private static final Pattern LIST_ELEMENT = Pattern.compile("__(.+?)_(\\d+)(?:_(.+))?");
}
