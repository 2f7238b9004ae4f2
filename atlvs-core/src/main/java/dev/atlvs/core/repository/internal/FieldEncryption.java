package dev.atlvs.core.repository.internal;

import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The host's field keys as Jdbi configuration, so that every place that writes or maps a declared table (the
 * repository engine, the row mappers of repository queries, the audit trail) encrypts and decrypts with them.
 */
public final class FieldEncryption implements JdbiConfig<FieldEncryption> {
    private FieldKeys keys;

    public FieldEncryption() {}

    private FieldEncryption(FieldEncryption other) {
        this.keys = other.keys;
    }

    /** The keys of the statements and handles of this configuration; null when the host gave none. */
    public FieldKeys keys() {
        return keys;
    }

    /** Sets the keys. */
    public FieldEncryption keys(FieldKeys newKeys) {
        this.keys = newKeys;
        return this;
    }

    /**
     * Maps the row {@code rows} is positioned on to a value of {@code table}, decrypting with the keys of {@code config},
     * once the read guard of the table (if its rows are personal) allows the transaction of {@code config} to read it.
     *
     * @throws dev.atlvs.core.error.AccessDeniedException ({@code PERMISSION_DENIED}) when the guard refuses the row
     */
    public static <T extends Entity> T map(Table<T, ?> table, java.sql.ResultSet rows, ConfigRegistry config) throws java.sql.SQLException {
        return map(table, rows, config, of(config));
    }

    /** Like {@link #map(Table, java.sql.ResultSet, ConfigRegistry)} with keys already looked up. */
    public static <T extends Entity> T map(Table<T, ?> table, java.sql.ResultSet rows, ConfigRegistry config, FieldKeys keys)
            throws java.sql.SQLException {
        java.util.Optional<dev.atlvs.core.repository.ReadGuard> guard = dev.atlvs.core.module.AtlvsModules.installed().readGuard(table.name());
        if (guard.isPresent()) {
            dev.atlvs.core.TenantTransaction tx = config.get(TransactionScope.class).transaction();
            if (tx != null && !guard.get().allows(tx, rows)) {
                throw new dev.atlvs.core.error.AccessDeniedException(dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED,
                        guard.get().permission().name(), "the rows of " + table.name()
                        + " are readable only by the person they are about and by holders of " + guard.get().permission().name());
            }
        }
        return table.map(rows, keys);
    }

    /** The keys configured in {@code config}, or null. */
    public static FieldKeys of(ConfigRegistry config) {
        return config.get(FieldEncryption.class).keys();
    }

    /** The tenant an encrypted value of {@code value} is bound to: its organization, or its own id for the tenant root. */
    static <T extends Entity> UUID tenantOf(Table<T, ?> table, T value) {
        if (table.tenantColumn().isEmpty()) {
            return null;
        }
        return value instanceof TenantEntity tenant ? tenant.organizationId() : value.id();
    }

    /** The ciphertext of {@code column}'s value in {@code value}, or null when it has none. */
    static <T extends Entity, V> byte[] encrypt(Table<T, ?> table, Column<T, ?, V> column, T value, FieldKeys keys) {
        V plain = column.valueOf(value);
        if (plain == null) {
            return null;
        }
        FieldKeys usable = table.keysFor(column, keys);
        byte[] associated = table.associatedData(column, tenantOf(table, value), value.id());
        return usable.encrypt(column.type().toText(plain).getBytes(StandardCharsets.UTF_8), associated);
    }

    /** The blind index of the encrypted column {@code source}'s value in {@code value}, or null when it has none. */
    static <T extends Entity, V> byte[] blindIndex(Table<T, ?> table, Column<T, ?, V> source, T value, FieldKeys keys) {
        V plain = source.valueOf(value);
        if (plain == null) {
            return null;
        }
        return table.keysFor(source, keys).blindIndex(table.blindIndexInput(source, tenantOf(table, value), source.type().toText(plain)));
    }

    @Override
    public FieldEncryption createCopy() {
        return new FieldEncryption(this);
    }
}
