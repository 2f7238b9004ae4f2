package dev.atlvs.core.observe.internal;

import dev.atlvs.core.observe.AtlvsObserver;
import java.util.Optional;

/**
 * Names the service operation running on the current thread: the outermost frame of a public SDK class whose name
 * ends in {@code Service} (or {@code Platform}, {@code ApiKeys}), such as {@code ProjectService.create}. Walked only
 * when an observer is configured, once per transaction.
 */
public final class Operations {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Operations() {
    }

    /** The outermost service operation on the stack, as {@code (module, Class.method)}. */
    public static Optional<String[]> outermostService() {
        return WALKER.walk(frames -> frames
                .filter(frame -> isService(frame.getDeclaringClass()))
                .reduce((inner, outer) -> outer)
                .map(frame -> new String[] {AtlvsObserver.Operation.moduleOf(frame.getDeclaringClass()),
                        frame.getDeclaringClass().getSimpleName() + "." + frame.getMethodName()}));
    }

    private static boolean isService(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith("dev.atlvs.") || name.contains(".internal.") || type.isAnonymousClass() || type.isSynthetic()) {
            return false;
        }
        String simple = type.getSimpleName();
        return simple.endsWith("Service") || simple.equals("Platform") || simple.equals("ApiKeys");
    }
}
