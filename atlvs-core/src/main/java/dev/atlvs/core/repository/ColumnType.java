package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.util.PGobject;

/**
 * The database type of a column and how its Java value is bound and read. {@link #sqlType()} is the
 * type exactly as PostgreSQL's {@code format_type} prints it, so the declaration can be compared with
 * the live table.
 *
 * @param <V> the Java type of the column's values
 */
public final class ColumnType<V> {

    public static final ColumnType<String> TEXT = new ColumnType<>("text", String.class,
            (s, i, v) -> s.setString(i, v), (r, c) -> r.getString(c), Types.VARCHAR, null, s -> s);
    public static final ColumnType<UUID> UUID_TYPE = new ColumnType<>("uuid", UUID.class,
            (s, i, v) -> s.setObject(i, v), (r, c) -> r.getObject(c, UUID.class), Types.OTHER, null, UUID::fromString);
    public static final ColumnType<Integer> INTEGER = new ColumnType<>("integer", Integer.class,
            (s, i, v) -> s.setInt(i, v), ColumnType::readInt, Types.INTEGER, null, Integer::valueOf);
    public static final ColumnType<Integer> SMALLINT = new ColumnType<>("smallint", Integer.class,
            (s, i, v) -> s.setShort(i, v.shortValue()), ColumnType::readInt, Types.SMALLINT, null, Integer::valueOf);
    public static final ColumnType<Long> BIGINT = new ColumnType<>("bigint", Long.class,
            (s, i, v) -> s.setLong(i, v), ColumnType::readLong, Types.BIGINT, null, Long::valueOf);
    public static final ColumnType<Boolean> BOOLEAN = new ColumnType<>("boolean", Boolean.class,
            (s, i, v) -> s.setBoolean(i, v), ColumnType::readBoolean, Types.BOOLEAN, null, Boolean::valueOf);
    public static final ColumnType<LocalDate> DATE = new ColumnType<>("date", LocalDate.class,
            (s, i, v) -> s.setObject(i, v), (r, c) -> r.getObject(c, LocalDate.class), Types.DATE, null, LocalDate::parse);
    public static final ColumnType<Instant> TIMESTAMPTZ = new ColumnType<>("timestamp with time zone", Instant.class,
            (s, i, v) -> s.setObject(i, v.atOffset(ZoneOffset.UTC)), ColumnType::readInstant, Types.TIMESTAMP_WITH_TIMEZONE, null, Instant::parse);
    /** A time of day without a date or zone ({@code time}): a curfew, a general call time. */
    public static final ColumnType<LocalTime> TIME = new ColumnType<>("time without time zone", LocalTime.class,
            (s, i, v) -> s.setObject(i, v), (r, c) -> r.getObject(c, LocalTime.class), Types.TIME, null, LocalTime::parse);
    /** A JSON object or array, held as its JSON text. */
    public static final ColumnType<String> JSONB = new ColumnType<>("jsonb", String.class,
            ColumnType::bindJsonb, (r, c) -> r.getString(c), Types.OTHER, null, s -> s);
    @SuppressWarnings("unchecked")
    public static final ColumnType<List<String>> TEXT_ARRAY = new ColumnType<>("text[]", (Class<List<String>>) (Class<?>) List.class,
            ColumnType::bindTextArray, ColumnType::readTextArray, Types.ARRAY, null, null);
    /** Raw bytes: ciphertext of encrypted columns and their blind indexes. */
    public static final ColumnType<byte[]> BYTEA = new ColumnType<>("bytea", byte[].class,
            (s, i, v) -> s.setBytes(i, v), (r, c) -> r.getBytes(c), Types.BINARY, null, null);
    /** A list of ids held as {@code text[]} of their canonical text. */
    @SuppressWarnings("unchecked")
    public static final ColumnType<List<UUID>> UUID_TEXT_ARRAY = new ColumnType<>("text[]", (Class<List<UUID>>) (Class<?>) List.class,
            (s, i, v) -> bindTextArray(s, i, v.stream().map(UUID::toString).toList()),
            (r, c) -> {
                List<String> text = readTextArray(r, c);
                return text == null ? null : text.stream().map(UUID::fromString).toList();
            },
            Types.ARRAY, null, null);

    private final String sqlType;
    private final Class<V> javaType;
    private final Binder<V> binder;
    private final Reader<V> reader;
    private final int jdbcType;
    private final Class<? extends Enum<?>> enumType;
    private final Function<String, V> parser;

    private ColumnType(String sqlType, Class<V> javaType, Binder<V> binder, Reader<V> reader, int jdbcType,
            Class<? extends Enum<?>> enumType, Function<String, V> parser) {
        this.sqlType = sqlType;
        this.javaType = javaType;
        this.binder = binder;
        this.reader = reader;
        this.jdbcType = jdbcType;
        this.enumType = enumType;
        this.parser = parser;
    }

    /** {@code numeric(precision, scale)}, e.g. money is {@code numeric(19, 4)}. */
    public static ColumnType<BigDecimal> numeric(int precision, int scale) {
        return new ColumnType<>("numeric(" + precision + "," + scale + ")", BigDecimal.class,
                (s, i, v) -> s.setBigDecimal(i, v), (r, c) -> r.getBigDecimal(c), Types.NUMERIC, null, BigDecimal::new);
    }

    /** {@code character(length)}, e.g. ISO currency and country codes. */
    public static ColumnType<String> character(int length) {
        return new ColumnType<>("character(" + length + ")", String.class,
                (s, i, v) -> s.setString(i, v), (r, c) -> r.getString(c), Types.CHAR, null, text -> text);
    }

    /** A closed value set stored as text; see {@link DatabaseEnum}. */
    public static <E extends Enum<E>> ColumnType<E> enumeration(Class<E> type) {
        requireNonNull(type, "type is null");
        return new ColumnType<>("text", type,
                (s, i, v) -> s.setString(i, DatabaseEnum.toDatabase(v)),
                (r, c) -> {
                    String text = r.getString(c);
                    return text == null ? null : DatabaseEnum.fromDatabase(type, text);
                },
                Types.VARCHAR, type, text -> DatabaseEnum.fromDatabase(type, text));
    }

    /** The type as PostgreSQL's {@code format_type} prints it. */
    public String sqlType() {
        return sqlType;
    }

    /** The Java type of values. */
    public Class<V> javaType() {
        return javaType;
    }

    /** The Java enum, for closed value sets. */
    public Optional<Class<? extends Enum<?>>> enumType() {
        return Optional.ofNullable(enumType);
    }

    /** Binds {@code value} (possibly null) as parameter {@code index}. */
    public void bind(PreparedStatement statement, int index, V value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType);
        } else {
            binder.bind(statement, index, value);
        }
    }

    /** Binds an untyped value after checking it is of this column's Java type. */
    public void bindObject(PreparedStatement statement, int index, Object value) throws SQLException {
        bind(statement, index, value == null ? null : cast(value));
    }

    /** {@code value} as this type's Java type. */
    public V cast(Object value) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException("expected a " + javaType.getSimpleName() + " but got a " + value.getClass().getSimpleName());
        }
        return javaType.cast(value);
    }

    /** Reads the column, or null. */
    public V read(ResultSet resultSet, String column) throws SQLException {
        return reader.read(resultSet, column);
    }

    /** Whether a value of this type has a text form that {@link #fromText} reads back (every scalar type). */
    public boolean hasTextForm() {
        return parser != null;
    }

    /**
     * The value whose {@link #toText} form is {@code text} (used by encrypted columns, whose plaintext is
     * that text form).
     *
     * @throws UnsupportedOperationException for array types, which have no text form here
     */
    public V fromText(String text) {
        if (parser == null) {
            throw new UnsupportedOperationException(sqlType + " has no text form");
        }
        return parser.apply(text);
    }

    /** The value as text that PostgreSQL casts back to this type (used by page cursors). */
    public String toText(Object value) {
        if (value instanceof Enum<?> e) {
            return DatabaseEnum.toDatabase(e);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return sqlType;
    }

    private static Integer readInt(ResultSet r, String c) throws SQLException {
        int v = r.getInt(c);
        return r.wasNull() ? null : v;
    }

    private static Long readLong(ResultSet r, String c) throws SQLException {
        long v = r.getLong(c);
        return r.wasNull() ? null : v;
    }

    private static Boolean readBoolean(ResultSet r, String c) throws SQLException {
        boolean v = r.getBoolean(c);
        return r.wasNull() ? null : v;
    }

    private static Instant readInstant(ResultSet r, String c) throws SQLException {
        OffsetDateTime v = r.getObject(c, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
    }

    private static void bindJsonb(PreparedStatement s, int i, String json) throws SQLException {
        PGobject object = new PGobject();
        object.setType("jsonb");
        object.setValue(json);
        s.setObject(i, object);
    }

    private static void bindTextArray(PreparedStatement s, int i, List<String> values) throws SQLException {
        s.setArray(i, s.getConnection().createArrayOf("text", values.toArray(new String[0])));
    }

    private static List<String> readTextArray(ResultSet r, String c) throws SQLException {
        Array array = r.getArray(c);
        if (array == null) {
            return null;
        }
        try {
            return List.copyOf(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }

    @FunctionalInterface
    private interface Binder<V> {
        void bind(PreparedStatement statement, int index, V value) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<V> {
        V read(ResultSet resultSet, String column) throws SQLException;
    }
}
