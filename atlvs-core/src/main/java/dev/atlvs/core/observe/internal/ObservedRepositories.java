package dev.atlvs.core.observe.internal;

import dev.atlvs.core.observe.AtlvsObserver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A repository handed out by a transaction that an observer watches: each call of its methods by the caller is one
 * {@link AtlvsObserver.Kind#REPOSITORY} operation, {@code <Repository>.<method>} of the repository's module. Calls a
 * repository makes to itself (a default method calling a query) are part of the caller's call.
 */
public final class ObservedRepositories {

    private static final Map<Method, Map<Class<?>, AtlvsObserver.Operation>> OPERATIONS = new ConcurrentHashMap<>();

    private ObservedRepositories() {
    }

    /** {@code repository}, of interface {@code type}, with every call reported to {@code observer}. */
    public static <R> Object wrap(Class<R> type, Object repository, AtlvsObserver observer) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return invoke(repository, method, arguments);
            }
            AtlvsObserver.Observation observation = observer.start(operation(type, method));
            Object result;
            try {
                result = invoke(repository, method, arguments);
            } catch (Throwable failure) {
                observation.stop(failure);
                throw failure;
            }
            observation.stop(null);
            return result;
        });
    }

    private static AtlvsObserver.Operation operation(Class<?> type, Method method) {
        return OPERATIONS.computeIfAbsent(method, unused -> new ConcurrentHashMap<>()).computeIfAbsent(type,
                unused -> new AtlvsObserver.Operation(AtlvsObserver.Kind.REPOSITORY, AtlvsObserver.Operation.moduleOf(type),
                        type.getSimpleName() + "." + method.getName()));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
