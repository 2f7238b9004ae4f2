package dev.atlvs.finance.ledger;

import dev.atlvs.core.repository.Db;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What a journal entry says about itself, with its rules: shared by the draft a caller posts
 * ({@link JournalEntryDraft}) and the stored entry ({@link JournalEntry}).
 */
public interface JournalEntryHeader {

    /** The date the entry is booked on, which decides its fiscal period. */
    @Db.Sortable
    @NotNull
    LocalDate postingDate();

    @NotBlank
    @Size(max = 500)
    String description();

    @Value.Default
    default ReferenceType referenceType() {
        return ReferenceType.MANUAL;
    }

    /** The booked document of {@link #referenceType()}. */
    Optional<UUID> referenceId();

    /** The project the entry books for; lines without a project of their own count towards it. */
    Optional<UUID> projectId();
}
