package dev.atlvs.people.compliance;

/**
 * Where one person stands against one required certification: {@code OK} (valid through the end date), {@code EXPIRING}
 * (valid today but lapsing before the end date), {@code EXPIRED} (a matching certification exists but none is valid
 * today), {@code MISSING} (none, or only pending, suspended or revoked ones).
 */
public enum CellState {
    OK, EXPIRING, EXPIRED, MISSING;

    /** Whether the cell is a gap to close before the work. */
    public boolean isGap() {
        return this != OK;
    }
}
