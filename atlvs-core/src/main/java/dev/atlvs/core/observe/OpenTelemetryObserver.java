package dev.atlvs.core.observe;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * OpenTelemetry spans of the SDK's work (needs {@code io.opentelemetry:opentelemetry-api}, an optional dependency):
 * a span per transaction ({@code atlvs.transaction <operation>}) and, inside it, one per repository method call
 * ({@code atlvs.repository <operation>}), each current while it runs so that JDBC instrumentation nests under it.
 * Attributes: {@code atlvs.kind}, {@code atlvs.module}, {@code atlvs.operation}, and on failure {@code error.type}
 * (the error code's name for an {@link AtlvsException}, else the exception's class); never a tenant or a value, and
 * no exception message (which may quote input).
 */
public final class OpenTelemetryObserver implements AtlvsObserver {

    /** The instrumentation scope's name. */
    public static final String INSTRUMENTATION = "dev.atlvs";

    private final Tracer tracer;

    private OpenTelemetryObserver(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Spans through {@code openTelemetry}'s tracer {@value #INSTRUMENTATION}. */
    public static OpenTelemetryObserver of(OpenTelemetry openTelemetry) {
        requireNonNull(openTelemetry, "openTelemetry is null");
        return new OpenTelemetryObserver(openTelemetry.getTracer(INSTRUMENTATION));
    }

    @Override
    public Observation start(Operation operation) {
        String prefix = operation.kind().transaction() ? "atlvs.transaction " : "atlvs.repository ";
        Span span = tracer.spanBuilder(prefix + operation.name())
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("atlvs.kind", operation.kind().tag())
                .setAttribute("atlvs.module", operation.module())
                .setAttribute("atlvs.operation", operation.name())
                .startSpan();
        Scope scope = span.makeCurrent();
        return new Observation() {
            @Override
            public void operation(String module, String name) {
                span.updateName(prefix + name);
                span.setAttribute("atlvs.module", module);
                span.setAttribute("atlvs.operation", name);
            }

            @Override
            public void stop(Throwable failure) {
                try {
                    if (failure != null) {
                        span.setStatus(StatusCode.ERROR);
                        span.setAttribute("error.type", failure instanceof AtlvsException atlvs
                                ? atlvs.code().name() : failure.getClass().getName());
                    }
                } finally {
                    scope.close();
                    span.end();
                }
            }
        };
    }
}
