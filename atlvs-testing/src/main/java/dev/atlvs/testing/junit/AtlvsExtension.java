package dev.atlvs.testing.junit;

import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link AtlvsTest}: one clone of the migrated template per test class
 * (dropped after the class), an {@link Atlvs} over it connected as the run-time role in strict mode, and
 * {@link Fixtures} that build realistic data through the SDK.
 */
public final class AtlvsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AtlvsExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Atlvs.class || type == Fixtures.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassResources resources = resources(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Atlvs.class) {
            return resources.atlvs;
        }
        if (type == Fixtures.class) {
            return resources.fixtures;
        }
        if (type == TestDatabase.class) {
            return resources.database;
        }
        throw new ParameterResolutionException("unsupported parameter " + type);
    }

    /** The database, SDK and fixtures of the test class that {@code context} belongs to. */
    public static ClassResources resources(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = context.getRequiredTestClass();
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(testClass, key -> new ClassResources(TestDatabases.shared().create(testClass)), ClassResources.class);
    }

    /** What one test class gets; closed (the database dropped) when the class is done. */
    public static final class ClassResources implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final TestDatabase database;
        private final Atlvs atlvs;
        private final Fixtures fixtures;

        ClassResources(TestDatabase database) {
            this.database = database;
            this.atlvs = database.atlvsBuilder().build();
            this.fixtures = new Fixtures(atlvs);
        }

        public TestDatabase database() {
            return database;
        }

        public Atlvs atlvs() {
            return atlvs;
        }

        public Fixtures fixtures() {
            return fixtures;
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
