package dev.atlvs.core.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotations from which the {@code atlvs-processor} annotation processor derives a value type's
 * {@link dev.atlvs.core.repository.Table} declaration at compile time. Every attribute of the value type
 * is a column: its name is the snake case of the accessor ({@code addressLine1} → {@code address_line1}),
 * an {@code Optional} accessor is a nullable column, and the column type follows from the Java type
 * ({@code String} → {@code text}, {@code UUID} → {@code uuid}, {@code int} → {@code integer}, {@code long} →
 * {@code bigint}, {@code boolean} → {@code boolean}, {@code LocalDate} → {@code date}, {@code Instant} →
 * {@code timestamptz}, {@code BigDecimal} → money's {@code numeric(19,4)}, an enum → its
 * {@link DatabaseEnum text value set}, {@code List<String>} and {@code List<UUID>} → {@code text[]}). The
 * annotations below mark only the exceptions.
 *
 * <pre>{@code
 * @Value.Immutable
 * @AtlvsStyle
 * @Db.Table("locations")
 * public interface Location extends TenantEntity, SoftDeletable {
 *     Table<Location, ImmutableLocation.Builder> TABLE = LocationTable.TABLE;   // generated
 *
 *     @Db.Sortable @NotBlank @Size(max = 200) String name();
 *     @Db.Char(2) Optional<String> country();
 *     @Db.Numeric(precision = 9, scale = 6) Optional<BigDecimal> latitude();
 * }
 * }</pre>
 *
 * <p>The processor writes {@code <Type>Table} beside the value type, with a constant {@code TABLE}. The
 * tenant key, the id and the standard columns come from the interfaces the type extends
 * ({@link TenantEntity}, {@link Entity}, {@link SoftDeletable}), never from its own accessors.
 */
public final class Db {

    private Db() {}

    /**
     * The value type is stored in the table {@link #value()} of the {@code atlvs} schema. A type extending
     * {@link TenantEntity} is a tenant table keyed by {@code (organization_id, id)}; otherwise it is a
     * platform-wide table, unless {@link #tenantRoot()} says its own id is the tenant key. A type extending
     * {@link SoftDeletable} is soft-deleted.
     */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    public @interface Table {
        /** The table name, without schema. */
        String value();

        /** Whether the row's own id is the tenant key (the organizations table). */
        boolean tenantRoot() default false;
    }

    /** The column's name, where it is not the snake case of the accessor. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Column {
        /** The column name. */
        String value();
    }

    /** The column is written at insert only; updates leave it as it is. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Fixed {}

    /** Pages may be sorted by the column (only a non-null column may be). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Sortable {}

    /** The column holds personal or secret data: the audit trail redacts it. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Sensitive {}

    /** A {@code BigDecimal} column of another precision than money's {@code numeric(19,4)}. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Numeric {
        /** Total digits. */
        int precision();

        /** Digits after the decimal point. */
        int scale();
    }

    /** A {@code String} column of type {@code character(n)}, such as an ISO currency or country code. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Char {
        /** The fixed length. */
        int value();
    }

    /** A {@code String} column holding a JSON document ({@code jsonb}). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Jsonb {}

    /** An {@code int} column of type {@code smallint}. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface SmallInt {}

    /**
     * The column is stored encrypted with the host's {@link dev.atlvs.core.crypto.FieldKeys}: a {@code bytea}
     * of authenticated ciphertext bound to its table, column and row, never plaintext in the database, its
     * dumps or the audit trail (an encrypted column is also sensitive). Any scalar type may be encrypted; an
     * encrypted column cannot be a sort key, and the database cannot check its value.
     */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Encrypted {
        /**
         * Whether the column {@code <column>_bidx} holds a blind index (a keyed hash of the value, per
         * organization) so that equality look-ups work without decrypting.
         */
        boolean blindIndex() default false;
    }

    /** The attribute is not stored: it has no column. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface Transient {}
}
