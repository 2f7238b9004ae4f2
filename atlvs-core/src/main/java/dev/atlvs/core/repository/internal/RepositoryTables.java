package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Repository;
import dev.atlvs.core.repository.Table;
import java.lang.reflect.Type;
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

    @SuppressWarnings("unchecked")
    private static Class<? extends Entity> valueType(Class<?> repositoryClass) {
        Optional<Type> parameter = GenericTypes.findGenericParameter(repositoryClass, Repository.class);
        for (Class<?> face : repositoryClass.getInterfaces()) {
            if (parameter.filter(Class.class::isInstance).isPresent()) {
                break;
            }
            if (Repository.class.isAssignableFrom(face)) {
                parameter = GenericTypes.findGenericParameter(face, Repository.class);
            }
        }
        return parameter.filter(Class.class::isInstance)
                .map(type -> (Class<? extends Entity>) type)
                .orElseThrow(() -> new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, repositoryClass.getName()
                        + " does not name its value type: declare it as Repository<Thing> or override table()"));
    }
}
