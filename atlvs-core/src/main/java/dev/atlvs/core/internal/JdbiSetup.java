package dev.atlvs.core.internal;

import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.repository.internal.Constraints;
import dev.atlvs.core.repository.internal.FieldEncryption;
import dev.atlvs.core.repository.internal.SqlErrors;
import dev.atlvs.core.repository.internal.Tables;
import dev.atlvs.core.repository.internal.TransactionScope;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.HandlerDecorators;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Configures the SDK's Jdbi: closed value sets as lower-case text, table-declared row mappers for every
 * value type, {@code Instant} arguments, automatic binding of {@code :organizationId} to the tenant,
 * statement failures that carry neither the statement's text nor its bound values, and translation of
 * every failure of a repository method into the {@code AtlvsException} hierarchy.
 */
public final class JdbiSetup {

    private JdbiSetup() {}

    public static Jdbi create(DataSource dataSource, Constraints constraints, FieldKeys fieldKeys) {
        Jdbi jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        jdbi.getConfig(TransactionScope.class).constraints(constraints)
                .checkMirrors(dev.atlvs.core.validation.internal.CheckMirrors.of(constraints, dev.atlvs.core.repository.internal.Tables.all()));
        jdbi.getConfig(FieldEncryption.class).keys(fieldKeys);
        jdbi.registerArgument((ArgumentFactory.Preparable) JdbiSetup::prepareArgument);
        jdbi.registerColumnMapper((ColumnMapperFactory) JdbiSetup::enumColumnMapper);
        jdbi.registerRowMapper((RowMapperFactory) JdbiSetup::tableRowMapper);
        jdbi.addCustomizer(new TenantBinding());
        // Repositories are attached once per Jdbi and shared by its transactions (see SharedRepositories).
        jdbi.registerExtension(dev.atlvs.core.repository.internal.SharedRepositories.FACTORY);
        jdbi.getConfig(dev.atlvs.core.repository.internal.SharedRepositories.class);
        jdbi.setTransactionHandler(new RelayedCommit(jdbi.getTransactionHandler()));
        // Neither the statement's text nor its bound values go into an exception, inside the transaction or out of it.
        jdbi.setStatementBuilderFactory(connection -> new GuardedStatements());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(JdbiSetup::messageWithoutValues);
        jdbi.getConfig(HandlerDecorators.class).register((base, sqlObjectType, method) -> (target, args, handleSupplier) -> {
            try {
                return base.invoke(target, args, handleSupplier);
            } catch (RuntimeException failure) {
                if (failure instanceof dev.atlvs.core.error.AtlvsException || !(failure instanceof org.jdbi.v3.core.JdbiException)) {
                    throw failure;
                }
                throw SqlErrors.translate(failure, handleSupplier.getConfig().get(TransactionScope.class).constraints());
            }
        });
        return jdbi;
    }

    /**
     * The message of a Jdbi statement exception without the statement's text and bound values: its own short message,
     * cut before the binding or value some messages describe, or, for a database failure, the failure's message as
     * {@link SqlErrors#withoutValues} leaves it.
     */
    static String messageWithoutValues(StatementException failure) {
        String message = String.valueOf(failure.getShortMessage());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (message.equals(sql.toString())) {
                    return SqlErrors.withoutValues(sql).toString();
                }
                break;
            }
        }
        int binding = message.indexOf(" in binding:");
        if (binding >= 0) {
            return message.substring(0, binding);
        }
        int declared = message.indexOf(" declares none: ");
        if (declared >= 0) {
            return message.substring(0, declared) + " declares none";
        }
        if (message.startsWith("No argument factory registered for ") && message.contains("' of qualified type ")) {
            return "No argument factory registered for a value of qualified type "
                    + message.substring(message.lastIndexOf("' of qualified type ") + "' of qualified type ".length());
        }
        if (message.startsWith("Prepared argument ") && message.contains(" of type ")) {
            return "Prepared argument of type " + message.substring(message.lastIndexOf(" of type ") + " of type ".length());
        }
        return message;
    }

    private static Optional<java.util.function.Function<Object, Argument>> prepareArgument(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (Enum.class.isAssignableFrom(raw)) {
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.VARCHAR);
                } else {
                    statement.setString(position, DatabaseEnum.toDatabase((Enum<?>) value));
                }
            });
        }
        if (raw == Instant.class) {
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setObject(position, ((Instant) value).atOffset(ZoneOffset.UTC));
                }
            });
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<ColumnMapper<?>> enumColumnMapper(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (!raw.isEnum()) {
            return Optional.empty();
        }
        Class<? extends Enum> enumType = (Class<? extends Enum>) raw;
        return Optional.of((rows, column, context) -> {
            String text = rows.getString(column);
            return text == null ? null : DatabaseEnum.fromDatabase(enumType, text);
        });
    }

    /**
     * The row mappers of declared tables, by Java type. Jdbi asks the factory again for every statement
     * and every repository it attaches (each works on a copy of the configuration, without the lookups
     * of earlier copies), so a type's answer is worked out once, found or not: the installed modules' tables
     * do not change, and the types asked about are those of the statements' declarations, a bounded set.
     */
    private static final java.util.concurrent.ConcurrentMap<Type, Optional<RowMapper<?>>> TABLE_ROW_MAPPERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<RowMapper<?>> tableRowMapper(Type type, ConfigRegistry config) {
        return TABLE_ROW_MAPPERS.computeIfAbsent(type, JdbiSetup::findTableRowMapper);
    }

    private static Optional<RowMapper<?>> findTableRowMapper(Type type) {
        Class<?> raw = GenericTypes.getErasedType(type);
        for (Table<?, ?> table : Tables.all()) {
            if (table.type() == raw || table.type().isAssignableFrom(raw) && raw.getSimpleName().equals("Immutable" + table.type().getSimpleName())) {
                return Optional.of(new TableRowMapper<>(table));
            }
        }
        return Optional.empty();
    }

    /** Maps rows of a declared table; the field keys are looked up once per result set, not once per row. */
    private record TableRowMapper<T extends dev.atlvs.core.repository.Entity>(Table<T, ?> table) implements RowMapper<T> {
        @Override
        public T map(java.sql.ResultSet rows, StatementContext context) throws SQLException {
            return FieldEncryption.map(table, rows, context.getConfig());
        }

        @Override
        public RowMapper<T> specialize(java.sql.ResultSet rows, StatementContext context) {
            FieldKeys keys = FieldEncryption.of(context.getConfig());
            return (row, statement) -> FieldEncryption.map(table, row, statement.getConfig(), keys);
        }
    }

    /** Binds {@code :organizationId} to the transaction's tenant when a statement uses it and leaves it unbound. */
    private static final class TenantBinding implements StatementCustomizer {
        @Override
        public void beforeBinding(PreparedStatement statement, StatementContext context) throws SQLException {
            if (context.getParsedSql() == null || context.getParsedSql().getParameters().isPositional()) {
                return;
            }
            if (context.getParsedSql().getParameters().getParameterNames().contains("organizationId")
                    && context.getBinding().findForName("organizationId", context).isEmpty()) {
                context.getBinding().addNamed("organizationId", context.getConfig(TransactionScope.class).organizationId());
            }
        }
    }
}
