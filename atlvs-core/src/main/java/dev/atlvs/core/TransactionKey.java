package dev.atlvs.core;

import static java.util.Objects.requireNonNull;

/**
 * The key of a value a module keeps for the length of one tenant transaction (see
 * {@link TenantTransaction#attribute(TransactionKey, java.util.function.Function)}), for example a setting
 * read once and used by every operation of the transaction. Keys compare by identity: a module holds its
 * keys in constants, so no other module can read or replace its values.
 *
 * <pre>{@code
 * private static final TransactionKey<String> BASE_CURRENCY = TransactionKey.of("finance.base_currency", String.class);
 * String base = tx.attribute(BASE_CURRENCY, t -> readBaseCurrency(t));
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class TransactionKey<T> {
    private final String name;
    private final Class<T> type;

    private TransactionKey(String name, Class<T> type) {
        this.name = requireNonNull(name, "name is null");
        this.type = requireNonNull(type, "type is null");
    }

    /** A new key named {@code name} (for messages) for values of {@code type}. */
    public static <T> TransactionKey<T> of(String name, Class<T> type) {
        return new TransactionKey<>(name, type);
    }

    /** The key's name. */
    public String name() {
        return name;
    }

    T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "TransactionKey[" + name + "]";
    }
}
