package dev.atlvs.finance.ledger;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The lifecycle of a journal entry: a draft is edited freely; posting makes it part of the books and
 * immutable; a posted entry is reversed by a new posted entry with the sides swapped, and is then marked
 * reversed. Nothing moves back. An entry starts as a draft.
 */
public enum JournalEntryStatus {
    DRAFT, POSTED, REVERSED;

    /** The transition table; a refused move is {@link FinanceErrorCode#JOURNAL_ENTRY_TRANSITION_INVALID}. */
    public static final Lifecycle<JournalEntry, JournalEntryStatus> LIFECYCLE = Lifecycle.of(JournalEntryStatus.class, JournalEntry::status)
            .entity("journal entry").table("journal_entries").code(FinanceErrorCode.JOURNAL_ENTRY_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, POSTED)
            .allow(POSTED, REVERSED)
            .build();
}
