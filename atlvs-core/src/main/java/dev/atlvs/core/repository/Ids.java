package dev.atlvs.core.repository;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Time-ordered (UUIDv7) identifiers, so that new rows land at the right edge of their indexes. */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    /** A new, time-ordered identifier. */
    public static UUID newId() {
        return GENERATOR.generate();
    }
}
