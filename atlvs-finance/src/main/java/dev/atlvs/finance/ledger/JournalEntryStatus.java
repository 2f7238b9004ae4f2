package dev.atlvs.finance.ledger;

/**
 * The lifecycle of a journal entry: a draft is edited freely; posting makes it part of the books and
 * immutable; a posted entry is reversed by a new posted entry with the sides swapped, and is then marked
 * reversed. Nothing moves back.
 */
public enum JournalEntryStatus {
    DRAFT, POSTED, REVERSED;

    /** Whether an entry in this state may move to {@code target}. */
    public boolean canMoveTo(JournalEntryStatus target) {
        return switch (this) {
            case DRAFT -> target == POSTED;
            case POSTED -> target == REVERSED;
            case REVERSED -> false;
        };
    }
}
