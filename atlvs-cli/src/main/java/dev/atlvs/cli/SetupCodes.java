package dev.atlvs.cli;

import dev.atlvs.core.error.CoreErrorCode;

/** The core's setup error codes by name, {@link CoreErrorCode#DATABASE_ERROR} where the core does not define one yet. */
final class SetupCodes {

    private SetupCodes() {}

    static CoreErrorCode code(String name) {
        try {
            return CoreErrorCode.valueOf(name);
        } catch (IllegalArgumentException undefined) {
            return CoreErrorCode.DATABASE_ERROR;
        }
    }
}
