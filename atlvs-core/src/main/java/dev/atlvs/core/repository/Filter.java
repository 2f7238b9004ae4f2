package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A condition on one field of a page query. Fields are Java property names of the table's declaration;
 * an unknown field or a value of the wrong type is a validation error, never SQL.
 */
public final class Filter {

    /** The comparison a filter applies. */
    public enum Operator {
        EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
        IN("= any"), IS_NULL("is null"), IS_NOT_NULL("is not null");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        /** The SQL operator. */
        public String sql() {
            return sql;
        }
    }

    private final String field;
    private final Operator operator;
    private final List<Object> values;

    private Filter(String field, Operator operator, List<Object> values) {
        this.field = requireNonNull(field, "field is null");
        this.operator = operator;
        this.values = List.copyOf(values);
    }

    public static Filter equal(String field, Object value) {
        return new Filter(field, Operator.EQUAL, List.of(requireNonNull(value, "value is null")));
    }

    public static Filter notEqual(String field, Object value) {
        return new Filter(field, Operator.NOT_EQUAL, List.of(requireNonNull(value, "value is null")));
    }

    public static Filter less(String field, Object value) {
        return new Filter(field, Operator.LESS, List.of(requireNonNull(value, "value is null")));
    }

    public static Filter lessOrEqual(String field, Object value) {
        return new Filter(field, Operator.LESS_OR_EQUAL, List.of(requireNonNull(value, "value is null")));
    }

    public static Filter greater(String field, Object value) {
        return new Filter(field, Operator.GREATER, List.of(requireNonNull(value, "value is null")));
    }

    public static Filter greaterOrEqual(String field, Object value) {
        return new Filter(field, Operator.GREATER_OR_EQUAL, List.of(requireNonNull(value, "value is null")));
    }

    /** The field equals one of {@code values} (at least one). */
    public static Filter in(String field, List<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN filter needs at least one value");
        }
        return new Filter(field, Operator.IN, List.copyOf(values));
    }

    public static Filter isNull(String field) {
        return new Filter(field, Operator.IS_NULL, List.of());
    }

    public static Filter isNotNull(String field) {
        return new Filter(field, Operator.IS_NOT_NULL, List.of());
    }

    /** The Java property name the filter applies to. */
    public String field() {
        return field;
    }

    public Operator operator() {
        return operator;
    }

    /** The compared values: none for null checks, one or more for IN, exactly one otherwise. */
    public List<Object> values() {
        return values;
    }

    @Override
    public String toString() {
        return field + " " + operator;
    }
}
