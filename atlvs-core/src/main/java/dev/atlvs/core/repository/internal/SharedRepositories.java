package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Repository;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The repositories of one {@link Jdbi}, each attached once and shared by every transaction.
 *
 * <p>Jdbi builds a repository's method handlers when it is attached (a copy of the configuration and the mapper
 * look-ups for each method), which, done for each transaction, cost more than the query a transaction runs. A
 * shared repository is attached once, to a handle supplier that answers with the handle of the transaction open on
 * the calling thread, and with a configuration whose {@link TransactionScope} reads that transaction's scope
 * ({@link TransactionScope#boundTo}); a call on a thread without an open transaction of this Jdbi is refused
 * ({@link CoreErrorCode#NO_TRANSACTION}). A transaction {@link #open}s its binding on its thread and {@link #close}s
 * it when it ends.
 *
 * <p>Shared by the copies Jdbi makes of the configuration: {@link #createCopy()} returns this instance.
 */
public final class SharedRepositories implements JdbiConfig<SharedRepositories> {
    private static final Method GET_HANDLE;

    static {
        try {
            GET_HANDLE = SqlObject.class.getMethod("getHandle");
        } catch (NoSuchMethodException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private final ThreadLocal<Binding> current = new ThreadLocal<>();
    private final ConcurrentMap<Class<?>, Object> attached = new ConcurrentHashMap<>();
    private volatile Supplier supplier;

    public SharedRepositories() {}

    @Override
    public SharedRepositories createCopy() {
        return this;
    }

    /**
     * Binds the transaction served by {@code handle} to the calling thread: shared repositories called on this
     * thread work on {@code handle}, under {@code scope} (the handle's own scope), until {@link #close}.
     */
    public Binding open(Handle handle, TransactionScope scope) {
        Binding binding = new Binding(handle, scope.unbound(), current.get());
        current.set(binding);
        return binding;
    }

    /** Ends {@code binding}: the thread is bound again to what it was bound to before {@link #open}. */
    public void close(Binding binding) {
        if (current.get() == binding) {
            if (binding.previous == null) {
                current.remove();
            } else {
                current.set(binding.previous);
            }
        }
    }

    /** The shared repository of {@code type} (a Jdbi SqlObject interface), attached on first use. */
    public <R> R repository(Jdbi jdbi, Class<R> type) {
        Object repository = attached.get(type);
        if (repository == null) {
            Supplier shared = supplier(jdbi);
            repository = attached.computeIfAbsent(type, t -> shared.config.get(Extensions.class).findFor(t, shared)
                    .orElseThrow(() -> new IllegalArgumentException(t.getName() + " is not a repository Jdbi can attach")));
        }
        return type.cast(repository);
    }

    /**
     * {@code repository} (a shared repository of interface {@code type}) for the transaction of {@code binding}
     * only: a call after that transaction ended, or on a thread where it is not the open one, is refused
     * ({@link CoreErrorCode#NO_TRANSACTION}) instead of working on whatever transaction that thread has open.
     *
     * <p>The operations {@link Repository} itself declares, unless the repository's interface redeclares them, run
     * their own default bodies on this proxy, whose {@link SqlObject#getHandle()} answers the transaction's handle:
     * without passing through Jdbi's extension machinery (a reflective call, a method handle's spread of arguments and a
     * swap of the handle's configuration per call), which costs more than mapping the row a get by id reads. The
     * configuration is the same: the shared one differs from the handle's only in reading the transaction's scope
     * through the binding, and the binding's scope is the handle's own.
     */
    public Object forTransaction(Class<?> type, Object repository, Binding binding) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            if (method.getDeclaringClass() != Object.class && (binding.closed || current.get() != binding)) {
                throw new AtlvsException(CoreErrorCode.NO_TRANSACTION, binding.closed
                        ? "the repository's transaction has ended; get the repository from an open transaction"
                        : "a repository works on the thread of its transaction only");
            }
            if (method.getDeclaringClass() == Repository.class) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            if (method.equals(GET_HANDLE)) {
                return binding.handle;
            }
            try {
                return method.invoke(repository, arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        });
    }

    private Supplier supplier(Jdbi jdbi) {
        Supplier existing = supplier;
        if (existing == null) {
            synchronized (this) {
                existing = supplier;
                if (existing == null) {
                    ConfigRegistry config = jdbi.getConfig().createCopy();
                    config.get(TransactionScope.class).boundTo(() -> binding().scope);
                    existing = new Supplier(jdbi, config);
                    supplier = existing;
                }
            }
        }
        return existing;
    }

    private Binding binding() {
        Binding binding = current.get();
        if (binding == null || binding.closed) {
            throw new AtlvsException(CoreErrorCode.NO_TRANSACTION,
                    "a repository was used on a thread without an open transaction of its SDK instance");
        }
        return binding;
    }

    /** One transaction's binding to its thread. */
    public static final class Binding {
        private final Handle handle;
        private final TransactionScope scope;
        private final Binding previous;
        private HandleSupplier handleSupplier;
        private boolean closed;

        private Binding(Handle handle, TransactionScope scope, Binding previous) {
            this.handle = handle;
            this.scope = scope;
            this.previous = previous;
        }

        /** Jdbi's own supplier of the transaction's handle, which places a repository call's context on the handle. */
        private HandleSupplier handleSupplier() {
            HandleSupplier known = handleSupplier;
            if (known == null) {
                known = handle.attach(HandleCapture.class).supplier;
                handleSupplier = known;
            }
            return known;
        }

        /** Marks the binding ended (a shared repository called through it afterwards is refused). */
        public void end() {
            closed = true;
        }
    }

    /** The handle supplier of the shared repositories: the calling thread's transaction. */
    private final class Supplier implements HandleSupplier {
        private final Jdbi jdbi;
        private final ConfigRegistry config;

        private Supplier(Jdbi jdbi, ConfigRegistry config) {
            this.jdbi = jdbi;
            this.config = config;
        }

        @Override
        public Handle getHandle() {
            return binding().handle;
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        @Override
        public ConfigRegistry getConfig() {
            return config;
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return binding().handleSupplier().invokeInContext(extensionContext, task);
        }
    }

    /**
     * Carries the handle supplier Jdbi makes for a handle: attaching it ({@code handle.attach(HandleCapture.class)})
     * builds no handler. Its factory is registered by the SDK's Jdbi set-up ({@link #FACTORY}).
     */
    public static final class HandleCapture {
        private final HandleSupplier supplier;

        private HandleCapture(HandleSupplier supplier) {
            this.supplier = supplier;
        }
    }

    /** The extension factory of {@link HandleCapture}. */
    public static final ExtensionFactory FACTORY = new ExtensionFactory() {
        @Override
        public boolean accepts(Class<?> extensionType) {
            return extensionType == HandleCapture.class;
        }

        @Override
        public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
            return extensionType.cast(new HandleCapture(handleSupplier));
        }

        @Override
        public Set<FactoryFlag> getFactoryFlags() {
            return Set.of(FactoryFlag.NON_VIRTUAL_FACTORY, FactoryFlag.DONT_USE_PROXY);
        }
    };
}
