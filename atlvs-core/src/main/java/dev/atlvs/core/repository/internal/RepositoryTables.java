package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Repository;
import dev.atlvs.core.repository.Table;
import java.util.Optional;
import org.jdbi.v3.core.generic.GenericTypes;

/**
 * The table a repository serves, from the value type its interface gives {@link Repository}: resolved
 * once per repository class (Jdbi's SqlObject proxy implements the repository interface).
 */
public final class RepositoryTables {

    private static final ClassValue<Table<?, ?>> TABLES = new ClassValue<>() {
        @Override
        protected Table<?, ?> computeValue(Class<?> repositoryClass) {
            return Table.of(valueType(repositoryClass));
        }
    };

    private RepositoryTables() {}

    /** The table of the repository implemented by {@code repositoryClass}. */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> Table<T, ?> of(Class<?> repositoryClass) {
        return (Table<T, ?>) TABLES.get(repositoryClass);
    }

    /** The type argument the repository interface implemented by {@code repositoryClass} gives {@link Repository}. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Entity> valueType(Class<?> repositoryClass) {
        return java.util.stream.Stream.of(repositoryClass.getInterfaces())
                .filter(Repository.class::isAssignableFrom)
                .map(face -> GenericTypes.findGenericParameter(face, Repository.class))
                .flatMap(Optional::stream)
                .filter(Class.class::isInstance)
                .map(type -> (Class<? extends Entity>) type)
                .findFirst()
                .orElseThrow(() -> new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, repositoryClass.getName()
                        + " does not name its value type: declare it as Repository<Thing> or override table()"));
    }
}
