package dev.atlvs.examples.httphost;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into responses by the category of the SDK's {@link AtlvsException}: validation and a
 * missing reference 422 (with every violation: field, rule, message), not found 404, conflict (a duplicate, a
 * stale version, a refused transition) and schedule conflict 409, access denied 403 (401 while authenticating),
 * an unusable database 503. The body names the code's number and name and says what went wrong, in the SDK's
 * words, which never quote the values sent. Anything else is a 500 whose body says nothing more; its details go
 * to the server's log only.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    /** The response to {@code failure} of an authenticated request. */
    static void handle(AtlvsException failure, Context ctx) {
        write(failure, status(failure), ctx);
    }

    /** The response to a failure while authenticating: 401 with the SDK's code, whatever its category. */
    static void unauthenticated(AtlvsException failure, Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer");
        write(failure, 401, ctx);
    }

    /** The response to a failure that is not the SDK's: 500, and the details in the log. */
    static void unexpected(Exception failure, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 500);
        body.put("message", "the request failed on the server; it was logged");
        ctx.status(500).json(body);
    }

    static int status(AtlvsException failure) {
        return switch (failure.category()) {
            case NOT_FOUND -> 404;
            case VALIDATION, REFERENCE_MISSING -> 422;
            case CONFLICT, SCHEDULE_CONFLICT -> 409;
            case ACCESS_DENIED -> 403;
            case INFRASTRUCTURE -> 503;
        };
    }

    private static void write(AtlvsException failure, int status, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("code", failure.code().number());
        body.put("name", failure.code().name());
        if (status == 503) {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), failure.getMessage());
            body.put("message", "the database is not ready for the service; the server's log says what to run");
            ctx.status(status).json(body);
            return;
        }
        body.put("message", message(failure));
        if (failure instanceof ValidationException validation) {
            body.put("violations", validation.violations().stream().map(ErrorResponses::violation).toList());
        } else if (failure instanceof ReferenceMissingException missing) {
            body.put("violations", List.of(violation(new FieldViolation(missing.field(), "ReferenceExists",
                    "refers to a record that does not exist in this organization"))));
        } else if (failure instanceof ConflictException conflict) {
            conflict.field().ifPresent(field -> body.put("field", field));
            conflict.rule().ifPresent(rule -> body.put("rule", rule));
        } else if (failure instanceof AccessDeniedException denied) {
            denied.permission().ifPresent(permission -> body.put("permission", permission));
            denied.field().ifPresent(field -> body.put("field", field));
            denied.rule().ifPresent(rule -> body.put("rule", rule));
        }
        ctx.status(status).json(body);
    }

    private static Map<String, String> violation(FieldViolation violation) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("field", violation.field());
        item.put("rule", violation.rule());
        item.put("message", violation.message());
        return item;
    }

    /** The exception's message without the {@code [CODE_NAME] } prefix the body carries as {@code name}. */
    private static String message(AtlvsException failure) {
        String message = failure.getMessage();
        String prefix = "[" + failure.code().name() + "] ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
