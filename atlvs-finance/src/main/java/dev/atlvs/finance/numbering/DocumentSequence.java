package dev.atlvs.finance.numbering;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * The counter of one kind of document in one year: the last number given out. Numbers are taken with
 * {@link DocumentNumbers#next(String, int)}, never by editing the counter.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("document_sequences")
public interface DocumentSequence extends TenantEntity {

    Table<DocumentSequence, ImmutableDocumentSequence.Builder> TABLE = DocumentSequenceTable.TABLE;

    static ImmutableDocumentSequence.Builder builder() {
        return ImmutableDocumentSequence.builder();
    }

    /** The kind of document: {@code invoice}, {@code credit_note}, {@code payment}... */
    @Db.Sortable
    @NotNull
    @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be 1 to 40 lower-case letters, digits or _, starting with a letter")
    String kind();

    @Db.Sortable
    @Min(1900)
    @Max(9999)
    int year();

    /** The last number given out. */
    @Positive
    long lastNumber();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
