package dev.atlvs.examples.httphost;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import io.javalin.http.Context;
import java.util.UUID;

/** Record ids in paths: a path whose id is not a UUID names no record, so it is a 404 like an unknown id. */
final class PathIds {
    private PathIds() {}

    static UUID of(Context ctx, String parameter) {
        String text = ctx.pathParam(parameter);
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below
        }
        throw new NotFoundException(CoreErrorCode.NOT_FOUND, null, "no record has the id in the path; ids are UUIDs");
    }
}
