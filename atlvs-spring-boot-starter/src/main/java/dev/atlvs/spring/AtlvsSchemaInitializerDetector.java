package dev.atlvs.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that {@link AtlvsSchemaInitializer} initializes the database, ahead of the other
 * initializers: Boot makes each later batch of initializers (Flyway at order 0 and 1, SQL scripts, JPA)
 * depend on the earlier ones. Registered in {@code META-INF/spring.factories}.
 */
class AtlvsSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AtlvsSchemaInitializer.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
