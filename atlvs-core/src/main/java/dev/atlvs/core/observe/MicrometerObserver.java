package dev.atlvs.core.observe;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer timers of the SDK's work (needs {@code io.micrometer:micrometer-core}, an optional dependency):
 * <ul>
 *   <li>{@value #TRANSACTION} per transaction, tagged {@code kind} ({@code tenant}, {@code read}, {@code system}),
 *       {@code module} and {@code operation} (the service operation the transaction ran first, e.g.
 *       {@code ProjectService.create}, or {@code none}) and {@code outcome};</li>
 *   <li>{@value #REPOSITORY} per repository method call, tagged {@code module}, {@code operation} (e.g.
 *       {@code ProjectRepository.findById}) and {@code outcome}.</li>
 * </ul>
 * {@code outcome} is {@code success}, or the failure's error category ({@code validation}, {@code conflict},
 * {@code not_found}, ...) for an {@link AtlvsException}, else {@code error}. No tag holds a tenant, an actor or a
 * value, so the number of series stays bounded by the code. Pool metrics come from the pool itself (HikariCP:
 * {@code HikariConfig.setMetricRegistry(meterRegistry)}; Spring Boot binds them on its own).
 */
public final class MicrometerObserver implements AtlvsObserver {

    /** The timer of transactions. */
    public static final String TRANSACTION = "atlvs.transaction";

    /** The timer of repository method calls. */
    public static final String REPOSITORY = "atlvs.repository";

    private final MeterRegistry registry;

    private MicrometerObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Timers in {@code registry}. */
    public static MicrometerObserver of(MeterRegistry registry) {
        return new MicrometerObserver(requireNonNull(registry, "registry is null"));
    }

    @Override
    public Observation start(Operation operation) {
        Timer.Sample sample = Timer.start(registry);
        return new Observation() {
            private String module = operation.module();
            private String name = operation.name();

            @Override
            public void operation(String newModule, String newName) {
                module = newModule;
                name = newName;
            }

            @Override
            public void stop(Throwable failure) {
                Tags tags = Tags.of("module", module, "operation", name, "outcome", outcome(failure));
                if (operation.kind().transaction()) {
                    sample.stop(Timer.builder(TRANSACTION).description("Transactions of the ATLVS SDK")
                            .tags(tags.and("kind", operation.kind().tag())).register(registry));
                } else {
                    sample.stop(Timer.builder(REPOSITORY).description("Repository method calls of the ATLVS SDK")
                            .tags(tags).register(registry));
                }
            }
        };
    }

    static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        if (failure instanceof AtlvsException atlvs) {
            return atlvs.code().category().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "error";
    }
}
