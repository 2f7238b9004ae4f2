package dev.atlvs.core.observe;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Watches the SDK's work: each transaction and each repository method call is started and stopped through an
 * observer, which turns them into metrics or trace spans. Give one to {@code Atlvs.Builder.observer}:
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource)
 *         .observer(AtlvsObserver.composite(MicrometerObserver.of(meterRegistry), OpenTelemetryObserver.of(openTelemetry)))
 *         .build();
 * }</pre>
 *
 * <p>What an observer is told names the kind of work, the module and the operation (a repository method such as
 * {@code ProjectRepository.findById}, or the service operation a transaction ran first, such as
 * {@code ProjectService.create}), never a tenant, an actor or a value. Observers are called on the thread doing the
 * work and must be cheap and must not throw. Without one, nothing is measured and nothing is spent.
 */
public interface AtlvsObserver {

    /** The observer that observes nothing: the default. */
    AtlvsObserver NONE = new AtlvsObserver() {
        @Override
        public Observation start(Operation operation) {
            return Observation.NONE;
        }
    };

    /**
     * Work of the SDK starts; the returned observation is stopped when it ends, on the same thread.
     *
     * @param operation what starts
     */
    Observation start(Operation operation);

    /** Every one of {@code observers}, in order. */
    static AtlvsObserver composite(AtlvsObserver... observers) {
        List<AtlvsObserver> all = List.of(observers);
        if (all.size() == 1) {
            return all.get(0);
        }
        return operation -> {
            List<Observation> started = all.stream().map(observer -> observer.start(operation)).toList();
            return new Observation() {
                @Override
                public void operation(String module, String name) {
                    started.forEach(observation -> observation.operation(module, name));
                }

                @Override
                public void stop(Throwable failure) {
                    for (int i = started.size() - 1; i >= 0; i--) {
                        started.get(i).stop(failure);
                    }
                }
            };
        };
    }

    /** What kind of work an {@link Operation} is. */
    enum Kind {
        /** A tenant transaction ({@code Atlvs.inTenant}). */
        TENANT_TRANSACTION("tenant"),
        /** A read-only tenant transaction ({@code Atlvs.readInTenant}). */
        READ_TRANSACTION("read"),
        /** A platform transaction (organizations, users, memberships, API keys). */
        SYSTEM_TRANSACTION("system"),
        /** A call of a repository method. */
        REPOSITORY("repository");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        /** The kind as a metric tag or span attribute value. */
        public String tag() {
            return tag;
        }

        /** Whether this kind is a transaction. */
        public boolean transaction() {
            return this != REPOSITORY;
        }
    }

    /**
     * One piece of work.
     *
     * @param kind what kind of work
     * @param module the module it belongs to ({@code core}, {@code projects}, ...); for a transaction, {@code none}
     *        until the service operation it runs is known
     * @param name the operation ({@code ProjectRepository.findById}); for a transaction, {@code none} until known
     */
    record Operation(Kind kind, String module, String name) {

        /** The module or operation of a transaction that ran no service operation. */
        public static final String NONE = "none";

        public Operation {
            requireNonNull(kind, "kind is null");
            requireNonNull(module, "module is null");
            requireNonNull(name, "name is null");
        }

        /** The module a class of the SDK belongs to: {@code dev.atlvs.projects.task.TaskService} → {@code projects}. */
        public static String moduleOf(Class<?> type) {
            String name = type.getName();
            if (!name.startsWith("dev.atlvs.")) {
                return "host";
            }
            int end = name.indexOf('.', "dev.atlvs.".length());
            return end < 0 ? "core" : name.substring("dev.atlvs.".length(), end);
        }
    }

    /** Work under way. */
    interface Observation {

        /** The observation of nothing. */
        Observation NONE = failure -> {
        };

        /**
         * Names the service operation a transaction serves, once the first one starts inside it; called at most once,
         * before {@link #stop}.
         */
        default void operation(String module, String name) {
        }

        /**
         * The work ended, successfully when {@code failure} is null.
         *
         * @param failure what it failed with, or null
         */
        void stop(Throwable failure);
    }
}
